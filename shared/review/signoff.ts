import type { Plan, PlanStatus } from '../model/plan';
import type { Role } from '../model/profile';
import type { Signoff } from '../model/review';

export interface SignoffState {
  /** Sign-offs on the plan as it is now, one per person (their latest). */
  valid: Signoff[];
  /** Sign-offs a later content edit left void, kept so the voiding is visible. */
  voided: Signoff[];
  /** A marketing and a sales sign-off on the current revision: the plan can be Agreed. */
  complete: boolean;
  /** Roles whose sign-off is still needed. */
  missing: Role[];
}

/** The roles whose sign-off makes a plan Agreed. Leadership may sign too; it is not required. */
export const REQUIRED_ROLES: readonly Role[] = ['marketing', 'sales'];

export function signoffState(plan: Pick<Plan, 'revision'>, signoffs: readonly Signoff[]): SignoffState {
  const latest = new Map<string, Signoff>();
  for (const s of [...signoffs].filter((s) => !s.deleted).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1))) {
    if (!latest.has(s.author)) latest.set(s.author, s);
  }
  const valid = [...latest.values()].filter((s) => s.revision === plan.revision);
  const voided = signoffs.filter((s) => !s.deleted && s.revision !== plan.revision);
  const missing = REQUIRED_ROLES.filter((role) => !valid.some((s) => s.authorRole === role));
  return { valid, voided, complete: missing.length === 0, missing };
}

export type SignRefusal = 'notInReview' | 'alreadySigned';

/** Whether a person may sign now: only while the plan is in field review, once per revision. */
export function canSign(plan: Pick<Plan, 'status' | 'revision'>, signoffs: readonly Signoff[], author: string): SignRefusal | null {
  if (plan.status !== 'inFieldReview') return 'notInReview';
  if (signoffState(plan, signoffs).valid.some((s) => s.author === author)) return 'alreadySigned';
  return null;
}

/** The status a plan moves to after its sign-offs change: Agreed once complete, back to review when not. */
export function statusAfterSignoffs(status: PlanStatus, state: SignoffState): PlanStatus {
  if (status === 'inFieldReview' && state.complete) return 'agreed';
  if (status === 'agreed' && !state.complete) return 'inFieldReview';
  return status;
}
