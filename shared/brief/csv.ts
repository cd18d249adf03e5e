import type { Review } from '../model/review';
import { fieldLabelKey, suggestedValueText, type BriefFormat, type BriefT } from './format';
import { allReviewsInOrder, type Brief, type BriefInput, type BriefSection } from './model';

/**
 * The CSV of all reviews: one row per review (current and superseded), for a spreadsheet.
 * UTF-8 with a byte-order mark so Excel reads Chinese and Vietnamese right, CRLF rows and
 * RFC 4180 quoting, and no cell that a spreadsheet would run as a formula.
 */

/** Excel, LibreOffice and Sheets treat a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a would-be formula is prefixed with a quote; quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: BOM first, CRLF between rows (RFC 4180), a final CRLF. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const CSV_COLUMNS = [
  'ref',
  'section',
  'kind',
  'element',
  'reviewer',
  'role',
  'date',
  'verdict',
  'confidence',
  'effort',
  'risks',
  'objections',
  'competitorEvidence',
  'comment',
  'status',
  'decision',
  'current',
  'suggestions',
  'attachments',
  'replies',
] as const;

export function sectionTitle(section: Pick<BriefSection, 'frame' | 'area'>, t: BriefT): string {
  if (section.frame) return section.frame.title || t('canvas.node.untitled');
  return t(`kinds.area.${section.area ?? 'framing'}`);
}

/** ISO 8601 in UTC to the minute: sorts as text and every spreadsheet reads it. */
function isoMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

export function reviewsCsv(brief: Brief, input: Pick<BriefInput, 'reviews' | 'suggestions' | 'attachments' | 'comments'>, t: BriefT, format: BriefFormat): string {
  const live = <T extends { deleted: boolean; reviewId: string }>(rows: readonly T[], review: Review) =>
    rows.filter((r) => !r.deleted && r.reviewId === review.id);
  const header = CSV_COLUMNS.map((column) => t(`brief.csv.${column}`));
  const rows = allReviewsInOrder(brief, input.reviews).map(({ ref, section, element, review, current }) => [
    ref,
    sectionTitle(section, t),
    t(`kinds.${element.kind}`),
    element.title || t('canvas.node.untitled'),
    review.authorName,
    t(`profile.role.${review.authorRole}`),
    isoMinute(review.createdAt),
    t(`review.verdict.${review.verdict}`),
    review.confidence,
    review.effort,
    review.risks,
    review.objections,
    review.competitorEvidence,
    review.comment,
    t(review.resolved ? 'brief.csv.resolved' : 'brief.csv.open'),
    review.decisionNote,
    t(current ? 'brief.csv.yes' : 'brief.csv.no'),
    live(input.suggestions, review)
      .map((s) => `${t(fieldLabelKey(s.field))}: ${suggestedValueText(s.value, format)} (${t(`review.suggestion.state.${s.state}`)})`)
      .join('\n'),
    live(input.attachments, review)
      .map((a) => a.name)
      .join('\n'),
    live(input.comments, review).length,
  ]);
  return toCsv([header, ...rows]);
}
