import { describe, expect, it } from 'vitest';
import { LANGUAGES, matchLanguage, type Language } from './languages';
import { RESOURCES } from './resources';

/** Every leaf of a catalogue by dotted path ("templates.card.price.title"). */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  if (typeof node !== 'object' || node === null) return new Map([[path, node]]);
  return new Map(
    Object.entries(node).flatMap(([key, child]) => [...leaves(child, path ? `${path}.${key}` : key)]),
  );
}

function placeholders(text: unknown): string[] {
  return typeof text === 'string' ? [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '') : [];
}

const english = leaves(RESOURCES.en);
const translations = LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== 'en');

describe('translation catalogues', () => {
  it('cover every supported language', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(translations)('%s has exactly the English keys', (language) => {
    const keys = leaves(RESOURCES[language]);
    expect({
      missing: [...english.keys()].filter((key) => !keys.has(key)),
      extra: [...keys.keys()].filter((key) => !english.has(key)),
    }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)('%s has no empty or non-text entries', (language) => {
    const blank = [...leaves(RESOURCES[language])].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(blank.map(([key]) => key)).toEqual([]);
  });

  it.each(translations)('%s keeps every placeholder of the English text', (language) => {
    const keys = leaves(RESOURCES[language]);
    const lost = [...english].flatMap(([key, text]) =>
      placeholders(text)
        .filter((name) => !placeholders(keys.get(key)).includes(name))
        .map((name) => `${key}: {{${name}}}`),
    );
    expect(lost).toEqual([]);
  });
});

describe('matchLanguage', () => {
  it.each<[string | undefined, Language]>([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('maps %j to %s', (locale, language) => {
    expect(matchLanguage(locale)).toBe(language);
  });
});
