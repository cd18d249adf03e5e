import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { created } from '../../review/edits';
import type { PlanState } from '../state';
import { writePlanFile, type WriteOptions } from '../write';
import { attachment, comment, LAN, review, team } from './fixtures';

/** Files to break in tests: a small plan with a review, a reply and a photo, written by the real writer. */
export const PHOTO = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff);

export const EXPORT: WriteOptions = {
  kind: 'plan',
  appVersion: '0.1.0',
  exportedAt: new Date(Date.UTC(2026, 0, 10, 9, 30)),
  exportedBy: { profileId: LAN.id, name: LAN.name, role: LAN.role, deviceId: LAN.deviceId },
};

export function reviewedPlan(): PlanState {
  const { reps: [lan] } = team();
  const r = review(lan!, 'price', { verdict: 'notFeasible', objections: 'Quá đắt so với đối thủ' });
  const photo = attachment(lan!, r.id, PHOTO);
  lan!.commit([...created('review', r), ...created('attachment', photo), ...created('comment', comment(lan!, r.id, '貨架照片'))], new Map([[photo.id, PHOTO]]));
  return lan!.state;
}

export function sampleFile(options: Partial<WriteOptions> = {}): Uint8Array {
  return writePlanFile(reviewedPlan(), { ...EXPORT, ...options });
}

export type Entries = Record<string, Uint8Array>;

export function entriesOf(bytes: Uint8Array): Entries {
  return unzipSync(bytes);
}

export function zipOf(entries: Entries): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { level: 6 }]])));
}

/** The file with its manifest changed by `mutate`, in place or by returning a replacement object. */
export function withManifest(bytes: Uint8Array, mutate: (manifest: Record<string, unknown>) => unknown): Uint8Array {
  return withManifestText(bytes, (text) => {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    const replaced = mutate(manifest);
    return JSON.stringify(typeof replaced === 'object' && replaced !== null ? replaced : manifest);
  });
}

/** The file with its manifest's JSON text rewritten. */
export function withManifestText(bytes: Uint8Array, rewrite: (text: string) => string): Uint8Array {
  const entries = entriesOf(bytes);
  return zipOf({ ...entries, 'manifest.json': strToU8(rewrite(strFromU8(entries['manifest.json']!))) });
}
