/** `npm run schemas`: writes the generated JSON Schemas that are committed (the tests check they are current). */
import { writeFileSync } from 'node:fs';
import { managedSchema } from '../settings/managed-schema';
import { packJsonSchema } from './json-schema';

export const schemaFiles = {
  pack: new URL('./rule-pack.schema.json', import.meta.url),
  managed: new URL('../../public/managed-schema.json', import.meta.url),
};

export function schemaText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv.includes('--write')) {
  writeFileSync(schemaFiles.pack, schemaText(packJsonSchema()));
  writeFileSync(schemaFiles.managed, schemaText(managedSchema()));
}
