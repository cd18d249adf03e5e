import { z } from 'zod';

/**
 * Dot voting in a planning workshop. A vote session names the people in the room and how
 * many dots each has; every dot is a record of its own (one participant, one element), so
 * two laptops' votes never touch the same record and merge cleanly. Taking a dot back is a
 * tombstone. Participants are named people, not profiles: one facilitator's laptop records
 * everyone's dots. Neither record is plan content: voting never voids a sign-off.
 */
const id = z.string().min(1).max(100);

export const PARTICIPANT_NAME_MAX = 60;
export const MAX_PARTICIPANTS = 30;
export const MAX_VOTES_EACH = 20;
export const DEFAULT_VOTES_EACH = 3;

export const participantNameSchema = z.string().min(1).max(PARTICIPANT_NAME_MAX);

export const voteSessionSchema = z.object({
  id,
  planId: id,
  /** The question voted on ("What do we fund first?"); may be empty. */
  title: z.string().max(200),
  /** Names as the facilitator typed them, unique (case and width folded), in the order given. */
  participants: z
    .array(participantNameSchema)
    .min(1)
    .max(MAX_PARTICIPANTS)
    .refine((names) => new Set(names.map(participantKey)).size === names.length, { message: 'participants must be unique' }),
  votesEach: z.number().int().min(1).max(MAX_VOTES_EACH),
  /** The profile that opened the session. */
  author: id,
  createdAt: z.number().int().nonnegative(),
  /** A closed session takes no more dots; its results stand. */
  closed: z.boolean(),
  deleted: z.boolean(),
});
export type VoteSession = z.infer<typeof voteSessionSchema>;

export const voteSchema = z.object({
  id,
  planId: id,
  sessionId: id,
  elementId: id,
  /** Who placed the dot: one of the session's participants. */
  participant: participantNameSchema,
  createdAt: z.number().int().nonnegative(),
  deleted: z.boolean(),
});
export type Vote = z.infer<typeof voteSchema>;

/** Two spellings of one name ("Lan", " lan ", "Ｌａｎ") are one participant. */
export function participantKey(name: string): string {
  return name.normalize('NFKC').trim().toLocaleLowerCase();
}

export function newVoteSession(init: Partial<VoteSession> & Pick<VoteSession, 'id' | 'planId' | 'participants' | 'author' | 'createdAt'>): VoteSession {
  return voteSessionSchema.parse({ title: '', votesEach: DEFAULT_VOTES_EACH, closed: false, deleted: false, ...init });
}

export function newVote(init: Omit<Vote, 'deleted'> & { deleted?: boolean }): Vote {
  return voteSchema.parse({ deleted: false, ...init });
}
