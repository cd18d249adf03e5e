import { z } from 'zod';
import { changeSchema } from '../changes/change';
import { conflictSchema } from '../model/conflict';
import { elementSchema } from '../model/element';
import { linkSchema } from '../model/link';
import { planSchema } from '../model/plan';
import { profileSchema, roleSchema } from '../model/profile';
import { ATTACHMENT_MAX_BYTES, attachmentSchema, commentSchema, reviewSchema, signoffSchema, suggestionSchema } from '../model/review';
import { voteSchema, voteSessionSchema } from '../model/vote';

/**
 * The `.cwplan` file: a zip holding `manifest.json` (header, entities, change record) and
 * `attachments/<attachmentId>` (the bytes of each attachment). docs/format/cwplan.md
 * describes it for other programs; docs/format/cwplan.schema.json is generated from here.
 */
export const FORMAT_NAME = 'campaign-workbench-plan';
/** Bump only with a migration in migrations.ts that upgrades the previous version's manifests. */
export const FORMAT_VERSION = 1;
export const FILE_EXTENSION = 'cwplan';
export const MEDIA_TYPE = 'application/x-campaign-workbench-plan';
export const MANIFEST_ENTRY = 'manifest.json';
export const ATTACHMENT_PREFIX = 'attachments/';
/** Attachment ids that may name an entry: one plain path segment (UUIDs are). */
const ATTACHMENT_ID_PATTERN = /^[A-Za-z0-9._~-]{1,100}$/;

/** The attachment id an entry name stands for, or undefined for anything else (traversal, backslashes, nesting…). */
export function attachmentIdOf(entryName: string): string | undefined {
  if (!entryName.startsWith(ATTACHMENT_PREFIX)) return undefined;
  const id = entryName.slice(ATTACHMENT_PREFIX.length);
  return ATTACHMENT_ID_PATTERN.test(id) && id !== '.' && id !== '..' ? id : undefined;
}

/** A whole plan; a plan sent to reps for field review; a rep's review coming back. */
export const FILE_KINDS = ['plan', 'package', 'return'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Per device, the clock stamp of the latest change a package held: what a return was made from. */
export const versionVectorSchema = z.record(z.string().min(1).max(100), z.string().min(1).max(200));
export type VersionVector = z.infer<typeof versionVectorSchema>;

export const exporterSchema = z.object({
  profileId: z.string().min(1).max(100),
  name: z.string().max(200),
  role: roleSchema,
  deviceId: z.string().min(1).max(100),
});
export type Exporter = z.infer<typeof exporterSchema>;

export const headerSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().positive(),
  kind: z.enum(FILE_KINDS),
  /** The version of the app that wrote the file (informative; formatVersion decides compatibility). */
  appVersion: z.string().max(50),
  exportedAt: z.iso.datetime({ offset: true }),
  /** Who exported it; null when a tool with no profile wrote it (the command-line merge). */
  exportedBy: exporterSchema.nullable(),
  /** Returns only: the package the return was made from. */
  base: versionVectorSchema.optional(),
});
export type FileHeader = z.infer<typeof headerSchema>;

export const manifestSchema = headerSchema
  .extend({
    plan: planSchema,
    elements: z.array(elementSchema),
    links: z.array(linkSchema),
    reviews: z.array(reviewSchema),
    suggestions: z.array(suggestionSchema),
    comments: z.array(commentSchema),
    /** Metadata; each live attachment's bytes are the entry `attachments/<id>`. */
    attachments: z.array(attachmentSchema),
    signoffs: z.array(signoffSchema),
    conflicts: z.array(conflictSchema),
    /** Workshop dot votes; absent in files written before votes existed, which read as none. */
    voteSessions: z.array(voteSessionSchema).default([]),
    votes: z.array(voteSchema).default([]),
    /** The people the file names (authors, reviewers, signers), as they were named on export. */
    profiles: z.array(profileSchema),
    /** The change record: what the merge decides with. Whole for a plan or package, partial in a return. */
    changes: z.array(changeSchema),
  })
  .refine((m) => (m.kind === 'return') === (m.base !== undefined), {
    message: 'a return names its base, and only a return does',
    path: ['base'],
  });
export type Manifest = z.infer<typeof manifestSchema>;

/** Size limits a reader enforces from the zip directory, before inflating anything. */
export interface ReadLimits {
  /** The file itself. */
  maxFileBytes: number;
  /** All entries inflated, together. */
  maxTotalBytes: number;
  maxManifestBytes: number;
  maxAttachmentBytes: number;
  maxEntries: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 256 * MiB,
  maxTotalBytes: 512 * MiB,
  maxManifestBytes: 256 * MiB,
  maxAttachmentBytes: ATTACHMENT_MAX_BYTES,
  maxEntries: 10_001,
};
