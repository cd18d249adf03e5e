import { z } from 'zod';

/**
 * Who is at the keyboard. Roles shape what the workbench offers (marketing edits and
 * decides, sales reviews and suggests, leadership reads, comments and signs). This is
 * attribution and workflow, not access control: anyone can switch profile.
 */
export const ROLES = ['marketing', 'sales', 'leadership'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const profileSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  /** The device the profile was created on: profiles from other laptops arrive with their files. */
  deviceId: z.string().min(1).max(100),
  createdAt: z.number().int().nonnegative(),
});
export type Profile = z.infer<typeof profileSchema>;

/** What a person in each role may do. Checked by the UI and by the review rules. */
export const CAPABILITIES = {
  marketing: { editContent: true, review: false, decide: true, comment: true, sign: true },
  sales: { editContent: false, review: true, decide: false, comment: true, sign: true },
  leadership: { editContent: false, review: false, decide: false, comment: true, sign: true },
} as const satisfies Record<Role, Record<string, boolean>>;

export type Capability = keyof (typeof CAPABILITIES)['marketing'];

export function can(role: Role | undefined, capability: Capability): boolean {
  return role ? CAPABILITIES[role][capability] : false;
}
