/**
 * The renderer's only door to IndexedDB. Features call these functions; nothing else
 * imports Dexie.
 */
export { openDatabase, type OpenFailure, type OpenResult } from './open';
export { WorkbenchDatabase, type StoredBlob } from './schema';
export { commitActions, commitEdits, undo, redo, historyDepth, type Action, type EditContext, type HistoryMode } from './commit';
export { InvalidEditError } from './apply';
export { listPlans, loadPlan, loadEntities, createPlan, copyPlanContent, purgePlan, type PlanContent, type PlanSummary } from './plans';
export { deviceId } from './settings';
export { listProfiles, currentProfile, switchProfile, saveProfile } from './profiles';
export { loadReviewData, loadBlob, type ReviewData } from './reviews';
export { countHistory, historyPagesAfter, loadHistoryAfter } from './history';
export { loadVoteData, type VoteData } from './workshop';
export { readLibrary, restoreLibrary, restoreIntoFreshDatabase, activeDatabaseName, MissingAttachmentBytesError, RestoreCollisionError, type RestoreResult, type RestoredPlan, type FreshRestore, type Thumbnailer } from './backup';
export { loadLatestFieldChanges, fieldKey } from './conflicts';
export { loadPlanState, applyImport, loadReturnBase, type LoadedPlanState, type PlanFingerprint, type BlobChoice, type ImportWrite, type ImportWriteResult } from './exchange';
