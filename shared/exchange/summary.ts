import { VERDICTS, type Verdict } from '../model/review';
import { currentReviews } from '../review/reviews';
import type { FileHeader } from './format';
import type { PlanFile } from './read';

/** What a file holds, at a glance: for `npm run plan -- inspect` and an import dialog. */
export interface PlanFileSummary {
  title: string;
  brand: string;
  market: string;
  status: string;
  planDeleted: boolean;
  kind: FileHeader['kind'];
  formatVersion: number;
  upgradedFrom: number | null;
  appVersion: string;
  exportedAt: string;
  exportedBy: FileHeader['exportedBy'];
  /** Live records per type, and tombstones. */
  counts: Record<'elements' | 'links' | 'reviews' | 'suggestions' | 'comments' | 'attachments' | 'signoffs' | 'openConflicts', number>;
  deletedElements: number;
  attachmentBytes: number;
  changes: number;
  people: number;
  /** Each reviewer's name and how many current reviews they wrote. */
  reviewers: Array<{ name: string; reviews: number }>;
  /** Current verdicts (each reviewer's latest review per element). */
  verdicts: Record<Verdict, number>;
}

const live = <T extends { deleted: boolean }>(rows: readonly T[]) => rows.filter((r) => !r.deleted);

export function summarizePlanFile({ header, content, upgradedFrom }: PlanFile): PlanFileSummary {
  const { plan } = content;
  const current = currentReviews(content.reviews);
  const reviewers = new Map<string, number>();
  for (const r of current) reviewers.set(r.authorName, (reviewers.get(r.authorName) ?? 0) + 1);
  const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, current.filter((r) => r.verdict === v).length])) as Record<Verdict, number>;
  return {
    title: plan.title,
    brand: plan.brand,
    market: plan.market,
    status: plan.status,
    planDeleted: plan.deleted,
    kind: header.kind,
    formatVersion: header.formatVersion,
    upgradedFrom,
    appVersion: header.appVersion,
    exportedAt: header.exportedAt,
    exportedBy: header.exportedBy,
    counts: {
      elements: live(content.elements).length,
      links: live(content.links).length,
      reviews: live(content.reviews).length,
      suggestions: live(content.suggestions).length,
      comments: live(content.comments).length,
      attachments: live(content.attachments).length,
      signoffs: live(content.signoffs).length,
      openConflicts: live(content.conflicts).length,
    },
    deletedElements: content.elements.length - live(content.elements).length,
    attachmentBytes: [...content.blobs.values()].reduce((sum, bytes) => sum + bytes.length, 0),
    changes: content.changes.length,
    people: content.profiles.length,
    reviewers: [...reviewers].map(([name, reviews]) => ({ name, reviews })).sort((a, b) => b.reviews - a.reviews || (a.name < b.name ? -1 : 1)),
    verdicts,
  };
}
