/**
 * Plans between laptops: the `.cwplan` file (read, write, summarise), field returns, and
 * the per-field merge with its preview and conflict resolution. docs/format/cwplan.md
 * describes the file and the merge for other programs.
 */
export { resolveConflict, fieldValue, type ConflictChoice } from './conflicts';
export { READ_ERROR_CODES, READ_ERROR_MESSAGES, describeReadError, type ReadError, type ReadErrorCode } from './errors';
export {
  DEFAULT_LIMITS,
  FILE_EXTENSION,
  FORMAT_VERSION,
  MEDIA_TYPE,
  type Exporter,
  type FileHeader,
  type FileKind,
  type ReadLimits,
  type VersionVector,
} from './format';
export { mergePlans, type LocalApply, type MergeOutcome, type MergeResult } from './merge';
export type { EntityDelta, MergePreview } from './preview';
export { readPlanFile, type PlanFile, type ReadResult } from './read';
export { makeReturn } from './returns';
export { emptyState, type PlanState } from './state';
export { summarizePlanFile, type PlanFileSummary } from './summary';
export { isCovered, versionVector } from './versionVector';
export { writePlanFile, type WriteOptions } from './write';
