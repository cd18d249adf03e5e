import Dexie, { type Table } from 'dexie';
import type { Change } from '../../shared/changes/change';
import type { PlanElement } from '../../shared/model/element';
import type { PlanLink } from '../../shared/model/link';
import type { Plan } from '../../shared/model/plan';
import type { Profile } from '../../shared/model/profile';
import type { Conflict } from '../../shared/model/conflict';
import type { Attachment, Comment, Review, Signoff, Suggestion } from '../../shared/model/review';
import type { Vote, VoteSession } from '../../shared/model/vote';

/** One undo step: the transactions of one user action (typing in one field coalesces). */
export interface UndoEntry {
  txIds: string[];
  /** `entity:id:field` when the step is a run of typing in one field, so the next keystroke can join it. */
  coalesceKey: string | null;
  at: number;
}

/** Undo and redo stacks of one plan on this device: kept in the database so they survive a reload. */
export interface UndoState {
  planId: string;
  undo: UndoEntry[];
  redo: UndoEntry[];
}

export interface Setting {
  key: string;
  value: unknown;
}

/** An attachment's bytes and its thumbnail (images only), stored beside the attachment record. */
export interface StoredBlob {
  id: string;
  planId: string;
  data: Blob;
  thumbnail: Blob | null;
}

export const DB_NAME = 'campaign-workbench';

/**
 * The one IndexedDB database. Versions are additive: never edit a published version's
 * stores, add `this.version(n + 1)` with an upgrade instead, so every user's data moves forward.
 */
export class WorkbenchDatabase extends Dexie {
  plans!: Table<Plan, string>;
  elements!: Table<PlanElement, string>;
  links!: Table<PlanLink, string>;
  changes!: Table<Change, string>;
  undo!: Table<UndoState, string>;
  settings!: Table<Setting, string>;
  reviews!: Table<Review, string>;
  suggestions!: Table<Suggestion, string>;
  comments!: Table<Comment, string>;
  attachments!: Table<Attachment, string>;
  signoffs!: Table<Signoff, string>;
  blobs!: Table<StoredBlob, string>;
  profiles!: Table<Profile, string>;
  conflicts!: Table<Conflict, string>;
  voteSessions!: Table<VoteSession, string>;
  votes!: Table<Vote, string>;

  constructor(name = DB_NAME) {
    // Relaxed: a commit is confirmed once the OS has it, so a crashed or killed app keeps
    // every edit it showed as saved; only a power cut in that instant could lose the last one.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({
      plans: 'id, updatedAt, trashedAt',
      elements: 'id, planId',
      links: 'id, planId',
      changes: 'id, planId, txId, entityId, [planId+hlc]',
      undo: 'planId',
      settings: 'key',
    });
    // Feasibility review: reviews and what hangs off them, attachment bytes, the people, and
    // the concurrent text edits a merge keeps for someone to resolve; workshop dot votes.
    this.version(2).stores({
      reviews: 'id, planId, elementId',
      suggestions: 'id, planId, elementId',
      comments: 'id, planId, reviewId',
      attachments: 'id, planId, reviewId',
      signoffs: 'id, planId',
      blobs: 'id, planId',
      profiles: 'id',
      conflicts: 'id, planId, entityId',
      voteSessions: 'id, planId',
      votes: 'id, planId, elementId',
    });
  }
}
