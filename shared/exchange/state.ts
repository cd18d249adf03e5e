import type { Change, EntityType } from '../changes/change';
import type { Conflict } from '../model/conflict';
import type { PlanElement } from '../model/element';
import type { PlanLink } from '../model/link';
import type { Plan } from '../model/plan';
import type { Profile } from '../model/profile';
import type { Attachment, Comment, Review, Signoff, Suggestion } from '../model/review';
import type { Vote, VoteSession } from '../model/vote';

/**
 * One plan as it travels between laptops and as the merge sees it: every entity's current
 * state (tombstones included), the people named in it, its change record, and the bytes of
 * its attachments. A field return holds only part of a plan (what one rep touched).
 */
export interface PlanState {
  plan: Plan;
  elements: PlanElement[];
  links: PlanLink[];
  reviews: Review[];
  suggestions: Suggestion[];
  comments: Comment[];
  attachments: Attachment[];
  signoffs: Signoff[];
  conflicts: Conflict[];
  /** Workshop dot votes: the sessions and each dot. */
  voteSessions: VoteSession[];
  votes: Vote[];
  profiles: Profile[];
  changes: Change[];
  /** Attachment bytes by attachment id. */
  blobs: ReadonlyMap<string, Uint8Array>;
}

export type AnyEntity = { id: string } & Record<string, unknown>;

/** Where each entity type lives in a PlanState (and in a file's manifest). The plan is on its own. */
export const COLLECTIONS = {
  element: 'elements',
  link: 'links',
  review: 'reviews',
  suggestion: 'suggestions',
  comment: 'comments',
  attachment: 'attachments',
  signoff: 'signoffs',
  conflict: 'conflicts',
  voteSession: 'voteSessions',
  vote: 'votes',
} as const satisfies Record<Exclude<EntityType, 'plan'>, keyof PlanState>;

export type CollectionType = keyof typeof COLLECTIONS;
export const COLLECTION_TYPES = Object.keys(COLLECTIONS) as CollectionType[];

/** The entities of one type, as plain records (the plan as a list of one). */
export function entitiesOf(state: PlanState, type: EntityType): readonly AnyEntity[] {
  if (type === 'plan') return [state.plan as AnyEntity];
  return state[COLLECTIONS[type]] as readonly AnyEntity[];
}

export function entityKey(type: EntityType, id: string): string {
  return `${type}:${id}`;
}

/** A state's records by type and id, each type indexed on first use (a return touches few types). */
export class EntityIndex {
  private readonly byType = new Map<EntityType, Map<string, AnyEntity>>();

  constructor(private readonly state: PlanState) {}

  get(type: EntityType, id: string): AnyEntity | undefined {
    let index = this.byType.get(type);
    if (!index) {
      index = new Map(entitiesOf(this.state, type).map((e) => [e.id, e]));
      this.byType.set(type, index);
    }
    return index.get(id);
  }
}

/** A plan with nothing in it yet but the plan record: the start of a new state. */
export function emptyState(plan: Plan): PlanState {
  return {
    plan,
    elements: [],
    links: [],
    reviews: [],
    suggestions: [],
    comments: [],
    attachments: [],
    signoffs: [],
    conflicts: [],
    voteSessions: [],
    votes: [],
    profiles: [],
    changes: [],
    blobs: new Map(),
  };
}
