/** `npm run format:schema`: regenerates docs/format/cwplan.schema.json from the zod schemas. */
import { writeFileSync } from 'node:fs';
import { manifestJsonSchemaText } from '../shared/exchange/jsonSchema';

const target = new URL('../docs/format/cwplan.schema.json', import.meta.url);
writeFileSync(target, manifestJsonSchemaText());
console.log(`wrote ${target.pathname}`);
