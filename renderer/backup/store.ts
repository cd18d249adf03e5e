import { create } from 'zustand';
import type { BackupFile, BackupSummary } from '../../shared/backup';

/** A long step under way: the progress dialog shows it. */
export type BackupTask =
  | { kind: 'backup'; step: 'reading' | 'writing' | 'saving'; done: number; total: number }
  | { kind: 'restore'; step: 'opening' | 'checking' | 'restoring'; done: number; total: number };

/** What a person is asked or told once a step is over. */
export type BackupDialog =
  /** A backup read and checked, waiting for Restore or Cancel. */
  | { kind: 'preview'; backup: BackupFile; summary: BackupSummary; fileBytes: number; libraryEmpty: boolean }
  | { kind: 'error'; about: 'backup' | 'restore'; message: string; detail: string | null };

interface BackupState {
  task: BackupTask | null;
  dialog: BackupDialog | null;
  /** The last outcome in one line ("Backup saved: …"), until dismissed or replaced. */
  notice: string | null;
}

export const useBackup = create<BackupState>()(() => ({ task: null, dialog: null, notice: null }));

export function setTask(task: BackupTask | null) {
  useBackup.setState({ task });
}

export function showDialog(dialog: BackupDialog | null) {
  useBackup.setState({ dialog });
}

export function showBackupNotice(notice: string | null) {
  useBackup.setState({ notice });
}

/** Whether a backup or restore is under way (a second one waits its turn: the commands ignore it). */
export function isBusy(): boolean {
  const { task, dialog } = useBackup.getState();
  return task !== null || dialog?.kind === 'preview';
}
