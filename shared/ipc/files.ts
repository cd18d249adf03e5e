import { z } from 'zod';
import { FILE_EXTENSION as PLAN_EXTENSION, MEDIA_TYPE as PLAN_MEDIA_TYPE } from '../exchange/format';
import { BACKUP_FILE_EXTENSION, BACKUP_MEDIA_TYPE } from '../backup/format';

/**
 * The kinds of file the workbench saves and opens, with their extensions and media types.
 * Both shells use this: the browser names downloads and filters its file picker by it,
 * Electron's main process builds its native dialogs' filters from it and checks sizes.
 * Pure data: no Node, no DOM.
 */
export const FILE_KINDS = ['plan', 'backup', 'pdf', 'markdown', 'csv', 'png', 'svg'] as const;
export const fileKindSchema = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof fileKindSchema>;

export interface FileType {
  /** Without the dot; the first is the one a saved file gets. */
  extensions: readonly [string, ...string[]];
  mimeType: string;
  /** The largest file of this kind the app writes or reads. */
  maxBytes: number;
}

const MiB = 1024 * 1024;

/** The largest file any kind allows: the IPC contract refuses anything bigger before looking further. */
export const MAX_FILE_BYTES = 512 * MiB;

export const FILE_TYPES: Record<FileKind, FileType> = {
  // docs/format/cwplan.md, section 8: a reader refuses plan files over 256 MiB.
  plan: { extensions: [PLAN_EXTENSION], mimeType: PLAN_MEDIA_TYPE, maxBytes: 256 * MiB },
  backup: { extensions: [BACKUP_FILE_EXTENSION], mimeType: BACKUP_MEDIA_TYPE, maxBytes: MAX_FILE_BYTES },
  pdf: { extensions: ['pdf'], mimeType: 'application/pdf', maxBytes: MAX_FILE_BYTES },
  markdown: { extensions: ['md', 'markdown'], mimeType: 'text/markdown', maxBytes: 64 * MiB },
  csv: { extensions: ['csv'], mimeType: 'text/csv', maxBytes: 64 * MiB },
  png: { extensions: ['png'], mimeType: 'image/png', maxBytes: 128 * MiB },
  svg: { extensions: ['svg'], mimeType: 'image/svg+xml', maxBytes: 64 * MiB },
};

/** The largest file an open dialog for these kinds may read. */
export function maxBytesOf(kinds: readonly FileKind[]): number {
  return Math.max(0, ...kinds.map((kind) => FILE_TYPES[kind].maxBytes));
}

/** Whether a file name ends with one of a kind's extensions (case-insensitive). */
export function hasExtensionOf(name: string, kind: FileKind): boolean {
  const lower = name.toLowerCase();
  return FILE_TYPES[kind].extensions.some((extension) => lower.endsWith(`.${extension}`));
}

/** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'g');
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_LENGTH = 120;

/**
 * A file name for a save dialog or a download, from text someone typed (a plan title in any
 * script): forbidden characters become '-', leading and trailing dots and spaces go, the
 * length is capped, and the kind's extension is added when missing. Never a path.
 */
export function safeFileName(base: string, kind: FileKind): string {
  const extension = FILE_TYPES[kind].extensions[0];
  let name = base.normalize('NFC').replace(/\s+/g, ' ').replace(FORBIDDEN_ALL, '-').trim();
  if (hasExtensionOf(name, kind)) name = name.slice(0, name.lastIndexOf('.'));
  name = [...name].slice(0, MAX_NAME_LENGTH).join('').replace(/^[\s.]+|[\s.]+$/g, '');
  if (!name || RESERVED.test(name)) name = name ? `${name}-` : 'campaign-workbench';
  return `${name}.${extension}`;
}

/** What main accepts as a suggested name: one plain segment, as safeFileName makes them. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !FORBIDDEN.test(name) &&
    !RESERVED.test(name) &&
    name !== '.' &&
    name !== '..' &&
    !/^[\s.]|[\s.]$/.test(name)
  );
}
