import { describe, expect, it } from 'vitest';
import { READ_ERROR_CODES } from '../../shared/exchange';
import { LANGUAGES } from '../../shared/i18n/languages';
import { RESOURCES } from '../../shared/i18n/resources';
import { FILE_ERROR_CODES } from '../../shared/ipc/contract';
import { FILE_KINDS } from '../../shared/ipc/files';
import type { RefusalCode } from './jobs';

/** Every way an import is refused, and every file error, is said in words in every language. */
const REFUSALS: RefusalCode[] = [...READ_ERROR_CODES, 'planDeleted', 'returnForUnknownPlan', 'failed'];

describe.each(LANGUAGES)('%s', (language) => {
  const { exchange, shell } = RESOURCES[language];

  it('words every refusal', () => {
    const words = exchange.refused.code as Record<string, string>;
    for (const code of REFUSALS) expect(words[code], code).toMatch(/\S/);
    expect(Object.keys(words).sort()).toEqual([...REFUSALS].sort());
  });

  it('words every file error, naming the file', () => {
    const words = exchange.fileError as Record<string, string>;
    for (const code of FILE_ERROR_CODES) expect(words[code], code).toContain('{{name}}');
  });

  it('names every kind of file for the native dialogs', () => {
    for (const kind of FILE_KINDS) expect(shell.fileType[kind], kind).toMatch(/\S/);
  });
});
