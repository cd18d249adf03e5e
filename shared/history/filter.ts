import { roleSchema, type Role } from '../model/profile';
import type { ChangeKind, HistoryEntry, HistoryLine, PlanHistory } from './entries';

/** Narrowing a plan's history: by who, by which element, by kind of change. Unset means any. */
export interface HistoryFilter {
  author?: string | null;
  elementId?: string | null;
  kind?: ChangeKind | null;
}

/**
 * The entries that match, each narrowed to its matching lines (an entry that touched five
 * elements shows only the chosen one's). Entries left with no line are dropped. An entry
 * whose every line matches is returned as it is, so unfiltered lists cost no copies.
 */
export function filterEntries(entries: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
  const { author, elementId, kind } = filter;
  const keep = (line: HistoryLine) => (kind == null || line.kind === kind) && (elementId == null || line.elementIds.includes(elementId));
  const result: HistoryEntry[] = [];
  for (const entry of entries) {
    if (author != null && entry.author !== author) continue;
    if (kind != null && !entry.kinds.includes(kind)) continue;
    if (elementId != null && !entry.elementIds.includes(elementId)) continue;
    const lines = entry.lines.filter(keep);
    if (lines.length === entry.lines.length) result.push(entry);
    else if (lines.length > 0) result.push(narrowed(entry, lines));
  }
  return result;
}

function narrowed(entry: HistoryEntry, lines: HistoryLine[]): HistoryEntry {
  return {
    ...entry,
    lines,
    kinds: [...new Set(lines.map((l) => l.kind))],
    elementIds: [...new Set(lines.flatMap((l) => l.elementIds))],
  };
}

export interface ReviewCutoffs {
  /** The stamp of the person's latest review anywhere on the plan; null if they never reviewed it. */
  plan: string | null;
  /** Their latest review of each element they reviewed. */
  byElement: Map<string, string>;
}

/** When a person last reviewed the plan, and each element. */
export function reviewCutoffs(entries: readonly HistoryEntry[], author: string): ReviewCutoffs {
  let plan: string | null = null;
  const byElement = new Map<string, string>();
  for (const entry of entries) {
    if (entry.author !== author) continue;
    for (const line of entry.lines) {
      if (line.what.type !== 'reviewed') continue;
      if (plan === null || entry.hlc > plan) plan = entry.hlc;
      for (const id of line.elementIds) if ((byElement.get(id) ?? '') < entry.hlc) byElement.set(id, entry.hlc);
    }
  }
  return { plan, byElement };
}

export interface SinceLastReview {
  /** The person's latest review on the plan; null if they have not reviewed it (then nothing is "new"). */
  reviewedAt: string | null;
  /** Content changes by others they have not reviewed since: oldest first. */
  entries: HistoryEntry[];
}

/**
 * What changed since a returning reviewer last looked: content edits by other people after
 * that person's latest review of the element concerned (an element they reviewed on Monday
 * and that changed on Wednesday is news, even if they reviewed another element on Friday),
 * or, for elements they never reviewed and the plan's own fields, after their latest review
 * anywhere on the plan. Their own edits are never news to them.
 */
export function sinceLastReview(entries: readonly HistoryEntry[], author: string): SinceLastReview {
  const cutoffs = reviewCutoffs(entries, author);
  if (cutoffs.plan === null) return { reviewedAt: null, entries: [] };
  const planCutoff = cutoffs.plan;
  const cutoffOf = (line: HistoryLine) =>
    line.elementIds.length === 0 ? planCutoff : line.elementIds.map((id) => cutoffs.byElement.get(id) ?? planCutoff).reduce((a, b) => (a < b ? a : b));
  const result: HistoryEntry[] = [];
  for (const entry of entries) {
    if (entry.author === author || !entry.kinds.includes('content')) continue;
    const lines = entry.lines.filter((line) => line.kind === 'content' && entry.hlc > cutoffOf(line));
    if (lines.length === entry.lines.length) result.push(entry);
    else if (lines.length > 0) result.push(narrowed(entry, lines));
  }
  return { reviewedAt: planCutoff, entries: result };
}

export interface Person {
  name: string;
  role: Role | null;
}

/** Profiles on this device, as far as the history needs them. */
export interface KnownProfile {
  id: string;
  name: string;
  role: Role;
}

/**
 * Who is who: profiles on this device first, then the names written into the records people
 * brought from other laptops (a review, reply or sign-off carries its author's name and role
 * as they were then). Anyone else is unknown, and shown by device.
 */
export function peopleOf(profiles: readonly KnownProfile[], history: Pick<PlanHistory, 'snapshots'>): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const snapshot of history.snapshots.values()) {
    const { author, authorName, authorRole } = snapshot;
    if (typeof author !== 'string' || typeof authorName !== 'string' || !authorName.trim()) continue;
    const role = roleSchema.safeParse(authorRole);
    people.set(author, { name: authorName, role: role.success ? role.data : null });
  }
  for (const profile of profiles) people.set(profile.id, { name: profile.name, role: profile.role });
  return people;
}

/** The people who appear in a history, most recent first: the choices of the "person" filter. */
export function authorsOf(entries: readonly HistoryEntry[]): Array<{ author: string; deviceId: string }> {
  const seen = new Map<string, string>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (!seen.has(entry.author)) seen.set(entry.author, entry.deviceId);
  }
  return [...seen].map(([author, deviceId]) => ({ author, deviceId }));
}
