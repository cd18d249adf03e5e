import type { Change, EntityType, FieldEdit } from '../../changes/change';
import { applyField, diffEntity } from '../../changes/diff';
import { HlcClock } from '../../changes/hlc';
import { ENTITY_SCHEMAS, isContentEdit } from '../../model/entities';
import type { Plan } from '../../model/plan';
import type { Profile } from '../../model/profile';
import { mergePlans, type MergeResult } from '../merge';
import { COLLECTIONS, COLLECTION_TYPES, emptyState, entityKey, type AnyEntity, type PlanState } from '../state';

/**
 * A laptop in a test or a benchmark: a profile, a hybrid logical clock, and a plan state
 * that edits are stamped into the way the app's store does it (per-field changes, one
 * transaction id per action, the plan's revision derived from content edits). Receiving
 * a state merges it with the real merge and lets the clock observe every stamp, as the
 * app must after an import.
 */
export class SimulatedDevice {
  readonly clock: HlcClock;
  private entities = new Map<string, { entity: EntityType; value: AnyEntity }>();
  private plan: Plan;
  private rest: Pick<PlanState, 'profiles' | 'changes'> & { blobs: Map<string, Uint8Array> };
  private nextId = 0;

  constructor(
    readonly profile: Profile,
    state: PlanState,
    now: () => number,
  ) {
    this.clock = new HlcClock(profile.deviceId, now);
    this.plan = state.plan;
    this.rest = { profiles: [], changes: [], blobs: new Map() };
    this.load(state);
    // Opening a package: later stamps must sort after everything in it.
    for (const change of state.changes) this.clock.observe(change.hlc);
    if (!this.rest.profiles.some((p) => p.id === profile.id)) this.rest.profiles.push(profile);
  }

  /** A device whose first action records a whole plan as creations, as the app's createPlan does. */
  static creating(profile: Profile, initial: PlanState, now: () => number): SimulatedDevice {
    const device = new SimulatedDevice(profile, emptyState(initial.plan), now);
    const edits = [
      ...diffEntity('plan', undefined, initial.plan),
      ...COLLECTION_TYPES.flatMap((type) => (initial[COLLECTIONS[type]] as AnyEntity[]).flatMap((e) => diffEntity(type, undefined, e))),
    ];
    device.commit(edits);
    for (const [id, bytes] of initial.blobs) device.rest.blobs.set(id, bytes);
    return device;
  }

  /** A fresh id, unique per device (readable in failing test output). */
  id(prefix: string): string {
    this.nextId += 1;
    return `${prefix}-${this.profile.deviceId}-${this.nextId}`;
  }

  get state(): PlanState {
    const state = emptyState(this.plan);
    for (const { entity, value } of this.entities.values()) {
      if (entity !== 'plan') (state[COLLECTIONS[entity]] as AnyEntity[]).push(value);
    }
    return { ...state, profiles: [...this.rest.profiles], changes: [...this.rest.changes], blobs: new Map(this.rest.blobs) };
  }

  /** How many changes this laptop's log holds (cheaper than `state.changes.length`). */
  get changeCount(): number {
    return this.rest.changes.length;
  }

  get<T extends AnyEntity>(entity: EntityType, id: string): T | undefined {
    if (entity === 'plan') return this.plan as unknown as T;
    return this.entities.get(entityKey(entity, id))?.value as T | undefined;
  }

  all<T extends AnyEntity>(entity: Exclude<EntityType, 'plan'>): T[] {
    return [...this.entities.values()].filter((e) => e.entity === entity).map((e) => e.value as T);
  }

  /** Stamps edits as one action, folds them in, and derives the revision as the app's store does. */
  commit(edits: readonly FieldEdit[], blobs: ReadonlyMap<string, Uint8Array> = new Map()): Change[] {
    const changes = this.stamp(edits);
    const content = changes.filter(isContentEdit);
    if (content.length > 0) {
      changes.push(...this.stamp([{ entity: 'plan', entityId: this.plan.id, field: 'revision', oldValue: this.plan.revision, newValue: content.at(-1)!.hlc }]));
    }
    for (const change of changes) {
      this.fold(change);
      this.rest.changes.push(change);
    }
    for (const [id, bytes] of blobs) this.rest.blobs.set(id, bytes);
    return changes;
  }

  /** Edits that turn a record into `after` (a creation when it does not exist yet). */
  write(entity: EntityType, after: AnyEntity): Change[] {
    return this.commit(diffEntity(entity, this.get(entity, after.id), after));
  }

  /** Merges another laptop's state (or file) in, as an import does. */
  receive(incoming: PlanState): MergeResult {
    const outcome = mergePlans(this.state, incoming);
    if (!outcome.ok) throw new Error(outcome.error.detail);
    for (const change of outcome.apply.changes) this.clock.observe(change.hlc);
    this.load(outcome.merged);
    return outcome;
  }

  private load(state: PlanState) {
    this.plan = state.plan;
    this.entities = new Map();
    for (const type of COLLECTION_TYPES) {
      for (const value of state[COLLECTIONS[type]] as AnyEntity[]) this.entities.set(entityKey(type, value.id), { entity: type, value });
    }
    this.rest = { profiles: [...state.profiles], changes: [...state.changes], blobs: new Map(state.blobs) };
  }

  private stamp(edits: readonly FieldEdit[]): Change[] {
    const txId = this.id('tx');
    return edits.map((edit) => ({
      ...edit,
      id: this.id('c'),
      planId: this.plan.id,
      txId,
      author: this.profile.id,
      deviceId: this.profile.deviceId,
      hlc: this.clock.tick(),
    }));
  }

  private fold(change: Change) {
    const current = this.get(change.entity, change.entityId) ?? { id: change.entityId };
    const value = applyField(current, change.field, change.newValue);
    if (change.entity === 'plan') {
      this.plan = value as unknown as Plan;
      return;
    }
    this.entities.set(entityKey(change.entity, change.entityId), { entity: change.entity, value });
  }

  /** Every record valid, as the app's store guarantees: a test that breaks this is testing nothing. */
  assertValid() {
    for (const { entity, value } of [{ entity: 'plan' as const, value: this.plan as unknown as AnyEntity }, ...this.entities.values()]) {
      const parsed = ENTITY_SCHEMAS[entity].safeParse(value);
      if (!parsed.success) throw new Error(`${entity} ${value.id} invalid: ${parsed.error.message}`);
    }
  }
}
