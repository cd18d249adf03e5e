import { newElement, type PlanElement } from '../model/element';
import { newId } from '../model/ids';
import { newLink, type PlanLink } from '../model/link';
import { templates } from './definitions';
import type { ElementKey, TemplateId } from './template';

/** A translate function such as i18next's `t`: keys are catalogue paths like `templates.card.price.title`. */
export type Translate = (key: string) => string;

export interface TemplateInstance {
  elements: PlanElement[];
  links: PlanLink[];
}

/**
 * The template's elements and links for one plan, with fresh ids and titles in the
 * language of `t`. Schema-checked on the way out; frames come before their children.
 */
export function instantiateTemplate(
  templateId: TemplateId,
  planId: string,
  t: Translate,
  createId: () => string = newId,
): TemplateInstance {
  const template = templates[templateId];
  const ids = new Map(template.elements.map((e) => [e.key, createId()]));
  const idOf = (key: ElementKey): string => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`Template ${templateId} refers to a missing element: ${key}`);
    return id;
  };
  const elements = template.elements.map((e) =>
    newElement({
      id: idOf(e.key),
      planId,
      kind: e.kind,
      title: t(e.titleKey),
      promptKey: e.promptKey,
      x: e.x,
      y: e.y,
      width: e.width,
      height: e.height,
      parentId: e.parentKey === null ? null : idOf(e.parentKey),
    }),
  );
  const links = template.links.map((l) =>
    newLink({ id: createId(), planId, source: idOf(l.source), target: idOf(l.target), type: l.type }),
  );
  return { elements, links };
}
