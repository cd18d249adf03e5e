import { z } from 'zod';
import { ELEMENT_KINDS } from './kinds';

export const elementKindSchema = z.enum(ELEMENT_KINDS);

/** Structured field values: text, numbers, ISO dates. Null means "cleared". */
export const fieldValueSchema = z.union([z.string().max(2000), z.number().finite(), z.null()]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const elementSchema = z.object({
  id: z.string().min(1).max(100),
  planId: z.string().min(1).max(100),
  kind: elementKindSchema,
  title: z.string().max(1000),
  body: z.string().max(20000),
  /** i18n key of the template's prompt, shown as a placeholder while the body is empty. */
  promptKey: z.string().max(200).nullable(),
  /** Defaults to {}: a creation with no structured fields records none in the change log. */
  fields: z.record(z.string().max(100), fieldValueSchema).default({}),
  /** Position; relative to the parent frame when parentId is set (as React Flow expects). */
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
  /** The frame this element sits in, or null. */
  parentId: z.string().max(100).nullable(),
  /** Tombstone: deleted elements stay as markers so merges can't bring them back. */
  deleted: z.boolean(),
});
export type PlanElement = z.infer<typeof elementSchema>;

export const DEFAULT_ELEMENT_SIZE = { width: 220, height: 120 } as const;
export const DEFAULT_FRAME_SIZE = { width: 560, height: 400 } as const;

export function newElement(
  init: Partial<PlanElement> & Pick<PlanElement, 'id' | 'planId' | 'kind'>,
): PlanElement {
  const size = init.kind === 'frame' ? DEFAULT_FRAME_SIZE : DEFAULT_ELEMENT_SIZE;
  return elementSchema.parse({
    title: '',
    body: '',
    promptKey: null,
    fields: {},
    x: 0,
    y: 0,
    width: size.width,
    height: size.height,
    parentId: null,
    deleted: false,
    ...init,
  });
}
