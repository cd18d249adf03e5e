import type { BackupFile } from './read';

/** One plan as a restore dialog lists it. */
export interface BackupPlanSummary {
  id: string;
  title: string;
  trashed: boolean;
  elements: number;
  reviews: number;
}

/** What a backup holds, at a glance: what the restore dialog shows before anything is written. */
export interface BackupSummary {
  createdAt: string;
  createdBy: BackupFile['header']['createdBy'];
  appVersion: string;
  formatVersion: number;
  upgradedFrom: number | null;
  /** Plans in the library and in the trash (deleted plans' tombstones are not counted: nobody sees them). */
  plans: BackupPlanSummary[];
  inLibrary: number;
  inTrash: number;
  /** Tombstones of plans deleted for good: restored too, so an old file cannot bring them back. */
  deletedPlans: number;
  people: number;
  attachments: number;
  attachmentBytes: number;
}

const live = <T extends { deleted: boolean }>(rows: readonly T[]) => rows.filter((r) => !r.deleted);

export function summarizeBackup({ header, library, upgradedFrom }: BackupFile): BackupSummary {
  const visible = library.plans.filter((s) => !s.plan.deleted);
  const plans = visible.map((s) => ({
    id: s.plan.id,
    title: s.plan.title,
    trashed: s.plan.trashedAt !== null,
    elements: live(s.elements).length,
    reviews: live(s.reviews).length,
  }));
  return {
    createdAt: header.createdAt,
    createdBy: header.createdBy,
    appVersion: header.appVersion,
    formatVersion: header.formatVersion,
    upgradedFrom,
    plans,
    inLibrary: plans.filter((p) => !p.trashed).length,
    inTrash: plans.filter((p) => p.trashed).length,
    deletedPlans: library.plans.length - visible.length,
    people: library.profiles.length,
    attachments: visible.reduce((n, s) => n + live(s.attachments).length, 0),
    attachmentBytes: visible.reduce((n, s) => n + [...s.blobs.values()].reduce((sum, b) => sum + b.length, 0), 0),
  };
}
