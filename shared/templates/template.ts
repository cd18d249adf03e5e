import type templatesEn from '../i18n/locales/en/templates';
import type { ElementKind } from '../model/kinds';
import type { LinkType } from '../model/link';

/** Template ids, in the order a picker shows them. Stored in Plan.templateId: never rename. */
export const TEMPLATE_IDS = [
  'blank',
  'marketing-mix-4p',
  'customer-view-4c',
  'paired-4p-4c',
  'campaign-launch',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

type TemplatesCopy = typeof templatesEn;
/** Kinds the templates catalogue has a title and prompt for: a card of another kind fails to compile. */
export type CardKind = Extract<ElementKind, keyof TemplatesCopy['card']>;
export type FrameName = keyof TemplatesCopy['frame'];
/** A template element's local name, used by links and parents: a card is named by its kind. */
export type ElementKey = CardKind | `frame.${FrameName}`;

/** One element of a template: what instantiation turns into a PlanElement with a fresh id. */
export interface TemplateElement {
  key: ElementKey;
  kind: ElementKind;
  /** i18n key; the translated text is stored, so the title stays in the author's language. */
  titleKey: string;
  /** i18n key of the prompt, stored as is: the canvas translates it while the body is empty. */
  promptKey: string | null;
  /** Relative to the parent frame when parentKey is set, as in the model. */
  x: number;
  y: number;
  width: number;
  height: number;
  parentKey: ElementKey | null;
}

export interface TemplateLink {
  source: ElementKey;
  target: ElementKey;
  type: LinkType;
}

export interface Template {
  id: TemplateId;
  nameKey: string;
  descriptionKey: string;
  /** Frames come before their children, as React Flow requires of parent nodes. */
  elements: readonly TemplateElement[];
  links: readonly TemplateLink[];
}

export function defineTemplate(
  id: TemplateId,
  elements: readonly TemplateElement[],
  links: readonly TemplateLink[],
): Template {
  return { id, nameKey: `templates.${id}.name`, descriptionKey: `templates.${id}.description`, elements, links };
}
