import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_PATH, schemaText } from './schema.js';

writeFileSync(SCHEMA_PATH, schemaText());
console.log(`wrote ${fileURLToPath(SCHEMA_PATH)}`);
