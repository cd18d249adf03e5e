import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ReadErrorCode } from './errors';
import { FORMAT_VERSION } from './format';
import { readPlanFile } from './read';
import type { PlanState } from './state';
import { entriesOf, EXPORT, PHOTO, reviewedPlan, sampleFile, withManifest, withManifestText, zipOf } from './testing/files';
import { writePlanFile } from './write';

function refusal(bytes: Uint8Array, limits = {}): { code: ReadErrorCode; detail: string; path?: string } {
  const result = readPlanFile(bytes, limits);
  if (result.ok) throw new Error('the file was accepted');
  return result.error;
}

const first = <T>(list: unknown): T => (list as T[])[0]!;

describe('writePlanFile / readPlanFile', () => {
  it('round-trips a plan: header, every record, the change record and attachment bytes', () => {
    const state = reviewedPlan();
    const read = readPlanFile(writePlanFile(state, EXPORT));
    if (!read.ok) throw new Error(read.error.detail);
    expect(read.file.header).toEqual({
      format: 'campaign-workbench-plan',
      formatVersion: FORMAT_VERSION,
      kind: 'plan',
      appVersion: '0.1.0',
      exportedAt: '2026-01-10T09:30:00.000Z',
      exportedBy: EXPORT.exportedBy,
    });
    expect(read.file.content).toEqual(state);
    expect(read.file.upgradedFrom).toBeNull();
  });

  it('writes the same bytes for the same content', () => {
    expect(sampleFile()).toEqual(sampleFile());
  });

  it('carries hostile strings in every text field as plain data', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '<script>alert("pwned")</script>',
      '"; DROP TABLE plans; --',
      '\u202Egnp.exe',
      '${process.exit(1)}{{constructor.constructor("alert(1)")()}}',
      'javascript:alert(1)',
      '\u0000\u001b[2J\u001b[31mred',
      '../../etc/passwd',
      'Tiếng Việt 繁體 简体',
    ];
    let i = 0;
    const next = () => hostile[i++ % hostile.length]!;
    const state = reviewedPlan();
    const evil: PlanState = {
      ...state,
      plan: { ...state.plan, title: next(), brand: next(), market: next() },
      elements: state.elements.map((e) => ({ ...e, title: next(), body: next(), fields: { ...e.fields, metric: next() } })),
      links: state.links.map((l) => ({ ...l, label: next() })),
      reviews: state.reviews.map((r) => ({ ...r, authorName: next(), effort: next(), risks: next(), objections: next(), competitorEvidence: next(), comment: next(), decisionNote: next() })),
      comments: state.comments.map((c) => ({ ...c, authorName: next(), body: next() })),
      attachments: state.attachments.map((a) => ({ ...a, name: next() })),
      profiles: state.profiles.map((p) => ({ ...p, name: next() })),
    };
    const exportedBy = { ...EXPORT.exportedBy!, name: next() };
    const read = readPlanFile(writePlanFile(evil, { ...EXPORT, exportedBy }));
    if (!read.ok) throw new Error(read.error.detail);
    expect(read.file.content).toEqual(evil);
    expect(read.file.header.exportedBy).toEqual(exportedBy);
  });

  it('refuses to write what it could not read back', () => {
    const state = reviewedPlan();
    expect(() => writePlanFile({ ...state, blobs: new Map() }, EXPORT)).toThrow(/no bytes/);
    expect(() => writePlanFile(state, { ...EXPORT, kind: 'return' })).toThrow(/base/);
    const renamed = { ...state, attachments: state.attachments.map((a) => ({ ...a, id: '../x' })), blobs: new Map([['../x', PHOTO]]) };
    expect(() => writePlanFile(renamed, EXPORT)).toThrow(/cannot name a zip entry/);
  });
});

describe('readPlanFile refuses bad files with a specific code', () => {
  it('notZip: anything that is not a zip', () => {
    expect(refusal(strToU8('{"format":"campaign-workbench-plan"}')).code).toBe('notZip');
    expect(refusal(new Uint8Array()).code).toBe('notZip');
  });

  it('truncated: a file cut short', () => {
    const bytes = sampleFile();
    expect(refusal(bytes.subarray(0, bytes.length - 30)).code).toBe('truncated');
    expect(refusal(bytes.subarray(0, 100)).code).toBe('truncated');
  });

  it('corrupt: damaged compressed data fails its checksum', () => {
    const bytes = sampleFile().slice();
    bytes[60] = bytes[60]! ^ 0xff;
    expect(refusal(bytes).code).toBe('corrupt');
  });

  it('unsupported: encrypted entries', () => {
    const bytes = sampleFile().slice();
    const central = findSignature(bytes, 0x02014b50);
    bytes[central + 8] = bytes[central + 8]! | 1;
    expect(refusal(bytes).code).toBe('unsupported');
  });

  it('wrongType: a zip without a manifest, or a manifest of another format', () => {
    expect(refusal(zipOf({ 'notes.txt': strToU8('hello') })).code).toBe('wrongType');
    expect(refusal(withManifest(sampleFile(), (m) => ({ ...m, format: 'excalidraw' }))).code).toBe('wrongType');
  });

  it('futureVersion: a file from a newer app asks for an update', () => {
    const error = refusal(withManifest(sampleFile(), (m) => ({ ...m, formatVersion: FORMAT_VERSION + 1 })));
    expect(error.code).toBe('futureVersion');
    expect(error.detail).toMatch(/reads up to version 1/);
  });

  it('invalid: a format version that is not a positive integer', () => {
    for (const formatVersion of [0, 0.5, '1', null]) {
      expect(refusal(withManifest(sampleFile(), (m) => ({ ...m, formatVersion })))).toMatchObject({ code: 'invalid', path: 'formatVersion' });
    }
  });

  it.each([
    ['../evil.sh'],
    ['/etc/passwd'],
    ['attachments\\win.exe'],
    ['attachments/../../x'],
    ['attachments/a/b'],
    ['attachments/'],
    ['readme.txt'],
  ])('unsafeEntryName: %s', (name) => {
    const entries = entriesOf(sampleFile());
    expect(refusal(zipOf({ ...entries, [name]: strToU8('x') })).code).toBe('unsafeEntryName');
  });

  it('unexpectedEntry: bytes that belong to no attachment', () => {
    const entries = entriesOf(sampleFile());
    expect(refusal(zipOf({ ...entries, 'attachments/nobody': strToU8('x') })).code).toBe('unexpectedEntry');
  });

  it('tooLarge: the file, or sizes declared in the zip directory, before inflating anything', () => {
    const bytes = sampleFile();
    expect(refusal(bytes, { maxFileBytes: bytes.length - 1 }).code).toBe('tooLarge');
    expect(refusal(bytes, { maxManifestBytes: 100 }).code).toBe('tooLarge');
    expect(refusal(bytes, { maxAttachmentBytes: PHOTO.length - 1 }).code).toBe('tooLarge');
    expect(refusal(bytes, { maxEntries: 1 }).code).toBe('tooLarge');
  });

  /** 8 MiB of zeros deflate to 8 KiB: the shape of a zip bomb, with sizes a test can patch. */
  const zeros = () => zipSync({ 'manifest.json': [new Uint8Array(8 * 1024 * 1024), { level: 9 }] }).slice();
  const declareSize = (zip: Uint8Array, size: number) => {
    writeU32(zip, findSignature(zip, 0x02014b50) + 24, size);
    writeU32(zip, 22, size);
    return zip;
  };

  it('tooLarge: a zip bomb is refused from its directory, before inflating anything', () => {
    const [honest, lying] = [zeros(), declareSize(zeros(), 0xfffffffe)];
    const start = performance.now();
    expect(refusal(honest, { maxManifestBytes: 1024 * 1024 }).code).toBe('tooLarge');
    expect(refusal(lying).code).toBe('tooLarge');
    expect(performance.now() - start).toBeLessThan(100);
  });

  it('corrupt: an entry that inflates past its declared size is stopped early', () => {
    expect(refusal(declareSize(zeros(), 10)).code).toBe('corrupt');
  });

  it('invalid: schema problems name their path', () => {
    const bad = withManifest(sampleFile(), (m) => {
      first<{ x: unknown }>(m.elements).x = 'left';
    });
    expect(refusal(bad)).toMatchObject({ code: 'invalid', path: 'elements.0.x' });
    expect(refusal(zipOf({ 'manifest.json': strToU8('{not json') })).code).toBe('invalid');
  });

  it('invalid: changes must name a held record, a real field and a value it accepts', () => {
    const cases: Array<[(c: Record<string, unknown>) => void, string]> = [
      [(c) => (c.entityId = 'ghost'), 'entityId'],
      [(c) => (c.field = 'innerHTML'), 'field'],
      [(c) => Object.assign(c, { entity: 'element', entityId: 'price', field: 'x', newValue: '<b>1</b>' }), 'newValue'],
      [(c) => Object.assign(c, { entity: 'element', entityId: 'price', field: 'id', newValue: 'product' }), 'newValue'],
    ];
    for (const [mutate, field] of cases) {
      const error = refusal(
        withManifest(sampleFile(), (m) => {
          mutate(first(m.changes));
        }),
      );
      expect(error).toMatchObject({ code: 'invalid', path: `changes.0.${field}` });
    }
  });

  it('invalid: a change whose author, device or clock is longer than any record could keep', () => {
    // Found by the fuzz test: such a change became a conflict version the database refuses.
    for (const field of ['author', 'deviceId', 'hlc', 'id']) {
      const error = refusal(
        withManifest(sampleFile(), (m) => {
          first<Record<string, unknown>>(m.changes)[field] = 'A'.repeat(70_000);
        }),
      );
      expect(error).toMatchObject({ code: 'invalid', path: `changes.0.${field}` });
    }
  });

  it('invalid: nesting deep enough to exhaust a validator', () => {
    const deep = `${'['.repeat(100_000)}"x"${']'.repeat(100_000)}`;
    const inValue = withManifestText(sampleFile(), (text) => text.replace('"changes":[{', `"changes":[{"oldValue":${deep},`));
    expect(refusal(inValue)).toMatchObject({ code: 'invalid', path: 'changes.0' });
    // Anywhere else, the fixed-shape schemas never descend into it: the extra key is dropped.
    const elsewhere = withManifestText(sampleFile(), (text) => text.replace('"changes":[{', `"changes":[{"extra":${deep},`));
    expect(readPlanFile(elsewhere).ok).toBe(true);
  });

  it('invalid: a return without its base', () => {
    expect(refusal(withManifest(sampleFile(), (m) => ({ ...m, kind: 'return' })))).toMatchObject({ code: 'invalid', path: 'base' });
  });

  it('duplicateIds: the same record twice', () => {
    const bytes = withManifest(sampleFile(), (m) => ({ ...m, elements: [...(m.elements as unknown[]), first(m.elements)] }));
    expect(refusal(bytes).code).toBe('duplicateIds');
  });

  it('planMismatch: records of another plan', () => {
    const bytes = withManifest(sampleFile(), (m) => {
      first<{ planId: string }>(m.reviews).planId = 'someone-elses-plan';
    });
    expect(refusal(bytes).code).toBe('planMismatch');
  });

  it('missingAttachment and attachmentMismatch', () => {
    const entries = entriesOf(sampleFile());
    const name = Object.keys(entries).find((n) => n.startsWith('attachments/'))!;
    const { [name]: _, ...without } = entries;
    expect(refusal(zipOf(without)).code).toBe('missingAttachment');
    expect(refusal(zipOf({ ...entries, [name]: PHOTO.subarray(1) })).code).toBe('attachmentMismatch');
  });
});

function findSignature(bytes: Uint8Array, signature: number): number {
  for (let at = 0; at < bytes.length - 4; at++) {
    if ((bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0 === signature) return at;
  }
  throw new Error('signature not found');
}

function writeU32(bytes: Uint8Array, at: number, value: number) {
  for (let i = 0; i < 4; i++) bytes[at + i] = (value >>> (8 * i)) & 0xff;
}
