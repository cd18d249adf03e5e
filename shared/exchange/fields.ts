import { z } from 'zod';
import type { EntityType } from '../changes/change';
import { ENTITY_SCHEMAS } from '../model/entities';
import { KIND_FIELDS } from '../model/kinds';

/**
 * Free text, where a silent last-writer-wins would throw away someone's sentences: two
 * concurrent edits of these are kept as a conflict. Every other field (position, numbers,
 * dates, verdicts, status, flags, references) takes the latest edit.
 */
const TEXT_FIELDS: Record<EntityType, readonly string[]> = {
  plan: ['title', 'brand', 'market'],
  element: ['title', 'body', ...textKindFields()],
  link: ['label'],
  review: ['effort', 'risks', 'objections', 'competitorEvidence', 'comment', 'decisionNote'],
  suggestion: ['reason'],
  comment: ['body'],
  attachment: ['name'],
  signoff: [],
  conflict: [],
  voteSession: ['title'],
  vote: [],
};

function textKindFields(): string[] {
  const keys = Object.values(KIND_FIELDS).flatMap((fields) => fields.filter((f) => f.type === 'text').map((f) => `fields.${f.key}`));
  return [...new Set(keys)];
}

const TEXT_FIELD_SETS = new Map(Object.entries(TEXT_FIELDS).map(([type, fields]) => [type, new Set(fields)]));

export function isTextField(entity: EntityType, field: string): boolean {
  return TEXT_FIELD_SETS.get(entity)?.has(field) ?? false;
}

type Shape = Record<string, z.ZodType>;

/**
 * The schema a change's new value must satisfy: the entity's field, or for `fields.<key>`
 * the value type of the nested record. Undefined when the entity has no such field.
 */
export function fieldValueSchemaOf(entity: EntityType, field: string): z.ZodType | undefined {
  const shape = (ENTITY_SCHEMAS[entity] as unknown as { shape: Shape }).shape;
  const dot = field.indexOf('.');
  if (dot < 0) return Object.hasOwn(shape, field) ? shape[field] : undefined;
  const head = field.slice(0, dot);
  let nested = Object.hasOwn(shape, head) ? shape[head] : undefined;
  if (nested instanceof z.ZodDefault) nested = nested.unwrap() as z.ZodType;
  return nested instanceof z.ZodRecord ? (nested.valueType as z.ZodType) : undefined;
}
