import { strToU8, zipSync, type Zippable } from 'fflate';
import {
  ATTACHMENT_PREFIX,
  attachmentIdOf,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  manifestSchema,
  type Exporter,
  type FileKind,
  type Manifest,
  type VersionVector,
} from './format';
import type { PlanState } from './state';

export interface WriteOptions {
  kind: FileKind;
  appVersion: string;
  exportedAt: Date;
  exportedBy: Exporter | null;
  /** Required for a return: the package it was made from (see makeReturn). */
  base?: VersionVector;
}

/** Images and PDFs are compressed already: storing them saves time and nothing else. */
const STORE = { level: 0 } as const;
const DEFLATE = { level: 6 } as const;

/**
 * Writes a `.cwplan` file. The manifest is validated against the same schema the reader
 * uses, so the app never writes a file it would refuse; that and a live attachment without
 * bytes are programming errors and throw.
 */
export function writePlanFile(content: PlanState, options: WriteOptions): Uint8Array {
  const manifest: Manifest = manifestSchema.parse({
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    kind: options.kind,
    appVersion: options.appVersion,
    exportedAt: options.exportedAt.toISOString(),
    exportedBy: options.exportedBy,
    ...(options.base ? { base: options.base } : {}),
    plan: content.plan,
    elements: content.elements,
    links: content.links,
    reviews: content.reviews,
    suggestions: content.suggestions,
    comments: content.comments,
    attachments: content.attachments,
    signoffs: content.signoffs,
    conflicts: content.conflicts,
    voteSessions: content.voteSessions,
    votes: content.votes,
    profiles: content.profiles,
    changes: content.changes,
  });
  // A fixed timestamp on every entry: the same content always makes the same bytes.
  const mtime = options.exportedAt;
  const files: Zippable = { [MANIFEST_ENTRY]: [strToU8(JSON.stringify(manifest)), { ...DEFLATE, mtime }] };
  for (const attachment of manifest.attachments) {
    const bytes = content.blobs.get(attachment.id);
    const name = ATTACHMENT_PREFIX + attachment.id;
    if (!bytes) {
      if (attachment.deleted) continue;
      throw new Error(`attachment ${attachment.id} has no bytes to write`);
    }
    if (attachmentIdOf(name) !== attachment.id) throw new Error(`attachment id ${JSON.stringify(attachment.id)} cannot name a zip entry`);
    if (bytes.length !== attachment.size) throw new Error(`attachment ${attachment.id} is ${bytes.length} bytes; its record says ${attachment.size}`);
    files[name] = [bytes, { ...STORE, mtime }];
  }
  return zipSync(files);
}
