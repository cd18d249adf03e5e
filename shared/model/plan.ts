import { z } from 'zod';

export const PLAN_STATUSES = ['draft', 'inFieldReview', 'agreed'] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const planSchema = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(500),
  brand: z.string().max(500),
  market: z.string().max(500),
  periodStart: isoDate.or(z.literal('')),
  periodEnd: isoDate.or(z.literal('')),
  currency: z.string().regex(/^[A-Z]{3}$/),
  status: planStatusSchema,
  templateId: z.string().max(100).nullable(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** Set when moved to the trash; null while the plan is in the library. */
  trashedAt: z.number().int().nonnegative().nullable(),
  /**
   * The clock stamp of the latest content edit. Sign-offs name the revision they signed,
   * so any later edit leaves them void. Derived by the store, never typed by a person.
   */
  revision: z.string().max(100).default(''),
  /** A tombstone: a plan deleted for good stays as a marker so an old file can't revive it. */
  deleted: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

/** Fields a person edits (and that the change record tracks per field). */
export const PLAN_EDITABLE_FIELDS = [
  'title',
  'brand',
  'market',
  'periodStart',
  'periodEnd',
  'currency',
  'status',
  'trashedAt',
  'deleted',
] as const;

export function newPlan(init: Partial<Plan> & Pick<Plan, 'id'>, now: number): Plan {
  return planSchema.parse({
    title: '',
    brand: '',
    market: '',
    periodStart: '',
    periodEnd: '',
    currency: 'USD',
    status: 'draft',
    templateId: null,
    createdAt: now,
    updatedAt: now,
    trashedAt: null,
    revision: '',
    deleted: false,
    ...init,
  });
}
