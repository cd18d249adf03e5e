import { authorId } from '../profile/store';
import { newId } from '../../shared/model/ids';
import { newPlan, type Plan } from '../../shared/model/plan';
import { instantiateTemplate, type Translate } from '../../shared/templates';
import type { Session } from '../app/session';
import { commitEdits, copyPlanContent, createPlan, loadPlan, purgePlan, type EditContext, type HistoryMode } from '../db';
import { announceChanges, announceLibrary } from '../sync/channel';
import type { PlanDraft } from './planDraft';
import { reloadLibrary } from './store';

/**
 * What the library does to plans. Each action writes through the database like any edit,
 * then tells the other windows and re-reads the list.
 */

/** Filing a plan in or out of the trash is not an edit of its content: it stays out of its undo history. */
const FILING: HistoryMode = { kind: 'none' };

function editContext(session: Session, planId: string): EditContext {
  return { planId, author: authorId(), clock: session.clock };
}

async function libraryChanged(session: Session) {
  announceLibrary();
  await reloadLibrary(session.db);
}

async function editPlan<K extends 'title' | 'trashedAt'>(
  session: Session,
  plan: Plan,
  field: K,
  newValue: Plan[K],
  history: HistoryMode,
): Promise<Plan> {
  const edit = { entity: 'plan', entityId: plan.id, field, oldValue: plan[field], newValue } as const;
  const changes = await commitEdits(session.db, editContext(session, plan.id), [edit], history);
  // Announced as changes, so a window with this plan open in the editor follows too.
  announceChanges(plan.id, changes);
  await reloadLibrary(session.db);
  return { ...plan, [field]: newValue };
}

/** Creates the plan with the template's elements, titled in the UI language; resolves to its id. */
export async function createPlanFromDraft(session: Session, draft: PlanDraft, t: Translate): Promise<string> {
  const { templateId, ...fields } = draft;
  const plan = newPlan({ id: newId(), ...fields, templateId }, Date.now());
  const content = { plan, ...instantiateTemplate(templateId, plan.id, t) };
  await createPlan(session.db, { author: authorId(), clock: session.clock }, content);
  await libraryChanged(session);
  return plan.id;
}

export function renamePlan(session: Session, plan: Plan, title: string): Promise<Plan> {
  return editPlan(session, plan, 'title', title, { kind: 'record' });
}

export function moveToTrash(session: Session, plan: Plan): Promise<Plan> {
  return editPlan(session, plan, 'trashedAt', Date.now(), FILING);
}

export function restoreFromTrash(session: Session, plan: Plan): Promise<Plan> {
  return editPlan(session, plan, 'trashedAt', null, FILING);
}

/** A copy under new ids: a fresh draft in the library, whatever the original's status. */
export async function duplicatePlan(session: Session, plan: Plan, title: string): Promise<void> {
  const content = await loadPlan(session.db, plan.id);
  if (!content) throw new Error(`Plan ${plan.id} no longer exists`);
  await createPlan(session.db, { author: authorId(), clock: session.clock }, copyPlanContent(content, title, Date.now()));
  await libraryChanged(session);
}

export async function deleteForever(session: Session, plan: Plan): Promise<void> {
  await purgePlan(session.db, editContext(session, plan.id));
  await libraryChanged(session);
}
