import type { Change, FieldEdit } from '../../shared/changes/change';
import {
  makeReturn,
  mergePlans,
  readPlanFile,
  versionVector,
  writePlanFile,
  type Exporter,
  type FileHeader,
  type PlanFile,
  type PlanState,
  type ReadErrorCode,
} from '../../shared/exchange';
import type { Plan, PlanStatus } from '../../shared/model/plan';
import { COLLECTION_TYPES, entitiesOf, type AnyEntity } from '../../shared/exchange/state';
import { signoffState, statusAfterSignoffs } from '../../shared/review/signoff';
import { version as APP_VERSION } from '../../package.json';
import { applyImport, loadPlanState, loadReturnBase, type ImportWrite, type PlanFingerprint, type StoredBlob, type WorkbenchDatabase } from '../db';
import { makeThumbnail } from '../review/thumbnail';
import { describeMerge, type ImportPreview } from './describe';

/**
 * The heavy part of moving plans between laptops: read a file, merge it with the local
 * copy, write the result in one transaction; and write a plan, package or return file.
 * Synchronous, CPU-bound steps: run in worker.ts so the window never freezes (client.ts),
 * and here directly in tests.
 */

/** Why an import is refused. Nothing is written in any of these cases. */
export type RefusalCode = ReadErrorCode | 'planDeleted' | 'returnForUnknownPlan' | 'failed';

export interface Refusal {
  code: RefusalCode;
  /** English and technical, for a log or a bug report; the dialog shows the translated code. */
  detail: string;
  /** The plan's title, when the file could be read that far. */
  title?: string;
}

/** Where a long job is, for the progress indicator. */
export type Stage = 'reading' | 'comparing' | 'saving' | 'writing';

/** An import, read and compared, waiting to be applied (or refused). */
export type Prepared =
  | { mode: 'refused'; refusal: Refusal }
  | { mode: 'new'; planId: string; title: string; kind: FileHeader['kind'] }
  | { mode: 'merge'; planId: string; preview: ImportPreview; stale: boolean };

/** What the window does once an import is written. */
export interface Applied {
  planId: string;
  title: string;
  isNew: boolean;
  /** The latest clock stamp imported: this device's clock must observe it. */
  latestStamp: string;
  /** The merge as per-field edits, to fold into open windows (not stamped, not logged). */
  edits: FieldEdit[];
  /** Sign-offs became complete or incomplete: the status to set, as an ordinary edit. */
  status: { plan: Plan; next: PlanStatus } | null;
}

type Progress = (stage: Stage) => void;

/** What a merged import would write, kept between the preview and Apply. */
interface Pending {
  write: ImportWrite;
  applied: Omit<Applied, 'planId'>;
}

/**
 * One import: read, then prepare (compare with the local copy), then apply. Apply re-checks
 * that the local copy is still the one compared with; if it moved, the import is prepared
 * again and the person sees the new preview.
 */
export class ImportJob {
  private file: PlanFile | null = null;
  private pending: Pending | null = null;

  constructor(private readonly db: WorkbenchDatabase) {}

  async prepare(bytes: Uint8Array, progress: Progress): Promise<Prepared> {
    progress('reading');
    const result = readPlanFile(bytes);
    if (!result.ok) return { mode: 'refused', refusal: { code: result.error.code, detail: result.error.detail } };
    this.file = result.file;
    return this.compare(progress, false);
  }

  async apply(progress: Progress): Promise<Applied | Prepared> {
    if (!this.file || !this.pending) throw new Error('Nothing to apply');
    progress('saving');
    const { write, applied } = this.pending;
    const outcome = await applyImport(this.db, write);
    if (!outcome.ok) return this.compare(progress, true);
    this.pending = null;
    return { planId: write.planId, ...applied };
  }

  private async compare(progress: Progress, stale: boolean): Promise<Prepared> {
    const { header, content } = this.file!;
    const planId = content.plan.id;
    const title = content.plan.title;
    progress('comparing');
    const local = await loadPlanState(this.db, planId);
    const base = header.kind === 'return' ? undefined : versionVector(content.changes);
    if (!local) {
      if (header.kind === 'return') return refuse('returnForUnknownPlan', `no plan ${planId} on this device`, title);
      if (content.plan.deleted) return refuse('planDeleted', `plan ${planId} was deleted for good`, title);
      this.pending = { write: await newPlanWrite(content, base), applied: { title, isNew: true, latestStamp: latestStamp(content.changes), edits: [], status: null } };
      return { mode: 'new', planId, title, kind: header.kind };
    }
    const outcome = mergePlans(local.state, content);
    if (!outcome.ok) return refuse('planMismatch', outcome.error.detail, title);
    const { merged, apply, preview } = outcome;
    if (preview.planDeleted) return refuse('planDeleted', `plan ${planId} was deleted for good`, local.state.plan.title || title);
    this.pending = {
      write: await mergeWrite(planId, local.fingerprint, apply, merged, base),
      applied: { title: merged.plan.title, isNew: false, latestStamp: latestStamp(apply.changes), edits: apply.edits, status: statusChange(merged) },
    };
    return { mode: 'merge', planId, preview: describeMerge(preview, merged, header, local.state.plan), stale };
  }
}

function refuse(code: RefusalCode, detail: string, title?: string): Prepared {
  return { mode: 'refused', refusal: title === undefined ? { code, detail } : { code, detail, title } };
}

function latestStamp(changes: readonly Change[]): string {
  let latest = '';
  for (const c of changes) if (c.hlc > latest) latest = c.hlc;
  return latest;
}

async function newPlanWrite(content: PlanState, base: ImportWrite['base']): Promise<ImportWrite> {
  const entities: ImportWrite['entities'] = [
    { entity: 'plan', value: content.plan as unknown as AnyEntity },
    ...COLLECTION_TYPES.flatMap((entity) => entitiesOf(content, entity).map((value) => ({ entity, value }))),
  ];
  return {
    planId: content.plan.id,
    expect: 'absent',
    changes: content.changes,
    entities,
    blobs: await storedBlobs(content, content.plan.id, content.blobs),
    profiles: content.profiles,
    ...(base ? { base } : {}),
  };
}

async function mergeWrite(
  planId: string,
  fingerprint: PlanFingerprint,
  apply: { changes: Change[]; entities: ImportWrite['entities']; blobs: Map<string, Uint8Array>; profiles: ImportWrite['profiles'] },
  merged: PlanState,
  base: ImportWrite['base'],
): Promise<ImportWrite> {
  return {
    planId,
    expect: fingerprint,
    changes: apply.changes,
    entities: apply.entities,
    blobs: await storedBlobs(merged, planId, apply.blobs),
    profiles: apply.profiles,
    ...(base ? { base } : {}),
  };
}

/** Attachment bytes as the database keeps them: a Blob of the attachment's type, and a thumbnail of images. */
function storedBlobs(state: PlanState, planId: string, bytes: ReadonlyMap<string, Uint8Array>): Promise<StoredBlob[]> {
  const types = new Map(state.attachments.map((a) => [a.id, a.type]));
  return Promise.all(
    [...bytes].map(async ([id, data]) => {
      const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type: types.get(id) ?? 'application/octet-stream' });
      return { id, planId, data: blob, thumbnail: await makeThumbnail(blob) };
    }),
  );
}

/**
 * The merge leaves the status alone, but merged sign-offs may now complete an agreement
 * or, after a content change came in, no longer hold one.
 */
function statusChange(merged: PlanState): Applied['status'] {
  const next = statusAfterSignoffs(merged.plan.status, signoffState(merged.plan, merged.signoffs));
  return next === merged.plan.status ? null : { plan: merged.plan, next };
}

/** A plan (everything), a package for reps (the same, marked as such), or a rep's return. */
export type ExportKind = FileHeader['kind'];

export interface ExportRequest {
  planId: string;
  kind: ExportKind;
  exporter: Exporter;
  /** For a file's timestamps; the same content at the same time gives the same bytes. */
  now: number;
}

export type Exported = { ok: true; bytes: Uint8Array; title: string } | { ok: false; reason: 'missing' | 'nothingToReturn' };

export async function exportPlan(db: WorkbenchDatabase, request: ExportRequest, progress: Progress): Promise<Exported> {
  progress('reading');
  const loaded = await loadPlanState(db, request.planId, request.kind === 'return' ? 'none' : 'all');
  if (!loaded || loaded.state.plan.deleted) return { ok: false, reason: 'missing' };
  const { state } = loaded;
  const options = { kind: request.kind, appVersion: APP_VERSION, exportedAt: new Date(request.now), exportedBy: request.exporter };
  progress('writing');
  if (request.kind !== 'return') return { ok: true, bytes: writePlanFile(withNamedProfiles(state, request.exporter.profileId), options), title: state.plan.title };
  const base = await loadReturnBase(db, request.planId);
  const partial = makeReturn(state, base, request.exporter.profileId);
  if (!partial.changes.some((c) => c.author === request.exporter.profileId)) return { ok: false, reason: 'nothingToReturn' };
  const live = partial.attachments.filter((a) => !a.deleted).map((a) => a.id);
  if (live.length > 0) {
    const withBytes = await loadPlanState(db, request.planId, live);
    partial.blobs = withBytes?.state.blobs ?? new Map();
  }
  return { ok: true, bytes: writePlanFile(partial, { ...options, base }), title: state.plan.title };
}

/** The file names the people in it (authors, reviewers, signers), not everyone this laptop knows. */
function withNamedProfiles(state: PlanState, exporterId: string): PlanState {
  const named = new Set<string>([exporterId, ...state.changes.map((c) => c.author)]);
  for (const rows of [state.reviews, state.suggestions, state.comments, state.signoffs]) for (const row of rows) named.add(row.author);
  return { ...state, profiles: state.profiles.filter((p) => named.has(p.id)) };
}
