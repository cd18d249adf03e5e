import { z } from 'zod';
import { FORMAT_NAME, FORMAT_VERSION, manifestSchema } from './format';

/**
 * The JSON Schema of `manifest.json`, generated from the zod schema the reader uses and
 * committed as docs/format/cwplan.schema.json (`npm run format:schema`; a test fails when
 * the committed copy is stale). It describes what a reader accepts; what the schema cannot
 * say (unique ids, one plan, changes that fit their fields) is in docs/format/cwplan.md.
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(manifestSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return {
    $id: `https://campaignworkbench.app/schema/cwplan-${FORMAT_VERSION}.json`,
    title: `${FORMAT_NAME} manifest, format version ${FORMAT_VERSION}`,
    ...schema,
  };
}

/** The file's text: stable key order from the schemas, two-space indent, final newline. */
export function manifestJsonSchemaText(): string {
  return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
}
