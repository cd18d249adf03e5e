import type { Conflict } from '../../shared/model/conflict';
import type { Attachment, Comment, Review, Signoff, Suggestion } from '../../shared/model/review';
import type { StoredBlob, WorkbenchDatabase } from './schema';

/** Everything sales and marketing said about one plan (tombstones included: history shows them). */
export interface ReviewData {
  reviews: Review[];
  suggestions: Suggestion[];
  comments: Comment[];
  attachments: Attachment[];
  signoffs: Signoff[];
  /** Text edits two people made at once, kept until someone resolves them (renderer/conflicts). */
  conflicts: Conflict[];
}

export async function loadReviewData(db: WorkbenchDatabase, planId: string): Promise<ReviewData> {
  const tables = [db.reviews, db.suggestions, db.comments, db.attachments, db.signoffs, db.conflicts] as const;
  return db.transaction('r', tables, async () => {
    const [reviews, suggestions, comments, attachments, signoffs, conflicts] = await Promise.all([
      db.reviews.where('planId').equals(planId).toArray(),
      db.suggestions.where('planId').equals(planId).toArray(),
      db.comments.where('planId').equals(planId).toArray(),
      db.attachments.where('planId').equals(planId).toArray(),
      db.signoffs.where('planId').equals(planId).toArray(),
      db.conflicts.where('planId').equals(planId).toArray(),
    ]);
    return { reviews, suggestions, comments, attachments, signoffs, conflicts };
  });
}

/** An attachment's bytes and thumbnail. */
export function loadBlob(db: WorkbenchDatabase, id: string): Promise<StoredBlob | undefined> {
  return db.blobs.get(id);
}

