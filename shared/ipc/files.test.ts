import { describe, expect, it } from 'vitest';
import { FILE_KINDS, FILE_TYPES, hasExtensionOf, isSafeFileName, maxBytesOf, safeFileName } from './files';

describe('safeFileName', () => {
  it.each([
    ['Tết 2027 · 新年檔期', 'plan', 'Tết 2027 · 新年檔期.cwplan'],
    ['Tết 2027 · 新年檔期 - field review', 'plan', 'Tết 2027 · 新年檔期 - field review.cwplan'],
    ['../../etc/passwd', 'plan', '-..-etc-passwd.cwplan'],
    ['C:\\Users\\mai\\plan', 'plan', 'C--Users-mai-plan.cwplan'],
    ['a<b>c:"d"|e?f*g', 'pdf', 'a-b-c--d--e-f-g.pdf'],
    ['line\nbreak\u0000', 'csv', 'line break-.csv'],
    ['brief.PDF', 'pdf', 'brief.pdf'],
    ['notes.md', 'markdown', 'notes.md'],
    ['...', 'plan', 'campaign-workbench.cwplan'],
    ['   ', 'backup', 'campaign-workbench.cwbackup'],
    ['CON', 'plan', 'CON-.cwplan'],
    ['. hidden .', 'png', 'hidden.png'],
  ] as const)('%j as %s → %j', (base, kind, expected) => {
    const name = safeFileName(base, kind);
    expect(name).toBe(expected);
    expect(isSafeFileName(name)).toBe(true);
    expect(hasExtensionOf(name, kind)).toBe(true);
  });

  it('caps long titles, counting characters, not UTF-16 units', () => {
    const name = safeFileName('計'.repeat(300), 'plan');
    expect([...name.replace(/\.cwplan$/, '')]).toHaveLength(120);
  });

  it('keeps Vietnamese marks composed (NFC)', () => {
    expect(safeFileName('Te\u0302\u0301t', 'plan')).toBe('Tết.cwplan');
  });
});

describe('isSafeFileName', () => {
  it.each(['', '.', '..', 'a/b.cwplan', 'a\\b.cwplan', '/etc/passwd', 'plan.cwplan ', '.bashrc', 'nul.txt', 'a\u0000b'])('refuses %j', (name) => {
    expect(isSafeFileName(name)).toBe(false);
  });
});

describe('file kinds', () => {
  it('gives every kind an extension, a media type and a size limit', () => {
    for (const kind of FILE_KINDS) {
      expect(FILE_TYPES[kind].extensions[0]).toMatch(/^[a-z]+$/);
      expect(FILE_TYPES[kind].mimeType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(FILE_TYPES[kind].maxBytes).toBeGreaterThan(0);
    }
    expect(FILE_TYPES.plan).toMatchObject({ extensions: ['cwplan'], mimeType: 'application/x-campaign-workbench-plan' });
    expect(maxBytesOf(['plan', 'backup'])).toBe(FILE_TYPES.backup.maxBytes);
  });
});
