import { z } from 'zod';

export const LINK_TYPES = ['supports', 'dependsOn', 'pairsWith', 'leadsTo'] as const;
export const linkTypeSchema = z.enum(LINK_TYPES);
export type LinkType = z.infer<typeof linkTypeSchema>;

export const linkSchema = z.object({
  id: z.string().min(1).max(100),
  planId: z.string().min(1).max(100),
  source: z.string().min(1).max(100),
  target: z.string().min(1).max(100),
  type: linkTypeSchema,
  label: z.string().max(500),
  deleted: z.boolean(),
});
export type PlanLink = z.infer<typeof linkSchema>;

export function newLink(
  init: Partial<PlanLink> & Pick<PlanLink, 'id' | 'planId' | 'source' | 'target'>,
): PlanLink {
  return linkSchema.parse({ type: 'leadsTo', label: '', deleted: false, ...init });
}
