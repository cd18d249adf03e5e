import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { manifestJsonSchema, manifestJsonSchemaText } from './jsonSchema';
import { entriesOf, sampleFile } from './testing/files';

const committed = new URL('../../docs/format/cwplan.schema.json', import.meta.url);

describe('the committed JSON Schema of manifest.json', () => {
  it('is up to date with the zod schemas (run `npm run format:schema` after changing them)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(manifestJsonSchemaText());
  });

  // Formats are not checked by ajv here: the schema's patterns say the same (an ISO date-time).
  it('accepts what the app writes and rejects what the reader refuses, for programs that use it', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(manifestJsonSchema());
    const manifest = JSON.parse(strFromU8(entriesOf(sampleFile())['manifest.json']!)) as Record<string, unknown>;
    expect(validate(manifest), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...manifest, kind: 'backup' })).toBe(false);
    expect(validate({ ...manifest, elements: [{ id: 'e' }] })).toBe(false);
  });
});
