import { describe, expect, it } from 'vitest';
import { COMMAND_IDS } from '../../shared/commands';
import { LANGUAGES } from '../../shared/i18n/languages';
import { RESOURCES } from '../../shared/i18n/resources';

/** Every leaf of a catalogue as [dotted key, value]. */
function leaves(node: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof node !== 'object' || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const english = new Map(leaves(RESOURCES.en.shell));

describe('shell locale (menu labels)', () => {
  it('labels every command in English', () => {
    for (const id of COMMAND_IDS) expect(english.get(`command.${id}`), id).toEqual(expect.any(String));
  });

  it.each(LANGUAGES)('%s has exactly the English keys, each a non-empty NFC string', (language) => {
    const entries = leaves(RESOURCES[language].shell);
    expect(entries.map(([key]) => key).sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of entries) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
      // Vietnamese diacritics typed as combining marks would look the same but sort and search differently.
      expect(value, key).toBe(String(value).normalize('NFC'));
    }
  });
});
