import { resolveConflict, type ConflictChoice } from '../../shared/exchange';
import type { AnyEntity } from '../../shared/exchange/state';
import type { Conflict } from '../../shared/model/conflict';
import { edit, useEditor } from '../canvas/store';
import { currentlyCan } from '../profile/store';
import { useReviews, type ReviewRecords } from '../review/store';
import { isOpen } from './model';

export const REVIEW_SIDE: Partial<Record<Conflict['entity'], Exclude<keyof ReviewRecords, 'signoffs' | 'conflicts'>>> = {
  review: 'reviews',
  suggestion: 'suggestions',
  comment: 'comments',
  attachment: 'attachments',
};

/** The record a conflict is about, as the open plan shows it now. */
export function targetOf(conflict: Pick<Conflict, 'entity' | 'entityId'>): AnyEntity | undefined {
  const editor = useEditor.getState();
  if (conflict.entity === 'plan') return editor.plan?.id === conflict.entityId ? (editor.plan as unknown as AnyEntity) : undefined;
  if (conflict.entity === 'element') return editor.elements[conflict.entityId] as unknown as AnyEntity | undefined;
  if (conflict.entity === 'link') return editor.links[conflict.entityId] as unknown as AnyEntity | undefined;
  const collection = REVIEW_SIDE[conflict.entity];
  return collection ? (useReviews.getState()[collection][conflict.entityId] as unknown as AnyEntity | undefined) : undefined;
}

/**
 * Resolves a conflict as one attributed, undoable action through the editor's edit(): the
 * field set to the chosen text (always written, even unchanged: that stamp tells other
 * laptops it was decided) and the conflict closed. Only people who edit content resolve.
 */
export async function resolve(conflict: Conflict, choice: ConflictChoice): Promise<boolean> {
  const current = useReviews.getState().conflicts[conflict.id];
  const target = targetOf(conflict);
  if (!currentlyCan('editContent') || !isOpen(current) || !target) return false;
  await edit(resolveConflict(current, target, choice));
  return true;
}
