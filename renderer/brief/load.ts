import type { BriefInput } from '../../shared/brief/model';
import type { Attachment } from '../../shared/model/review';
import { loadBlob, loadPlan, loadReviewData, type WorkbenchDatabase } from '../db';

/** The plan and everything said about it, as the brief reads it; undefined when the plan is gone. */
export async function loadBriefInput(db: WorkbenchDatabase, planId: string): Promise<BriefInput | undefined> {
  const [content, reviews] = await Promise.all([loadPlan(db, planId), loadReviewData(db, planId)]);
  if (!content) return undefined;
  return { ...content, ...reviews };
}

/**
 * The evidence's pictures for the appendix: each image attachment's thumbnail (or the image
 * itself when it has none), null for PDFs and for files not on this laptop. Read a few at a
 * time, reporting progress, and stopping early when `signal` aborts.
 */
export async function loadEvidenceImages(
  db: WorkbenchDatabase,
  attachments: readonly Attachment[],
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Map<string, Blob | null>> {
  const images = new Map<string, Blob | null>();
  const wanted = attachments.filter((a) => !a.deleted);
  const BATCH = 8;
  for (let i = 0; i < wanted.length; i += BATCH) {
    if (signal?.aborted) break;
    const batch = wanted.slice(i, i + BATCH);
    const blobs = await Promise.all(batch.map((a) => (a.type.startsWith('image/') ? loadBlob(db, a.id).catch(() => undefined) : Promise.resolve(undefined))));
    batch.forEach((a, j) => images.set(a.id, blobs[j]?.thumbnail ?? blobs[j]?.data ?? null));
    onProgress(Math.min(i + BATCH, wanted.length), wanted.length);
  }
  return images;
}
