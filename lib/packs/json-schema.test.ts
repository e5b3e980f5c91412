import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../settings/managed-schema';
import { packJsonSchema } from './json-schema';
import { schemaFiles, schemaText } from './write-schemas';

describe('committed JSON Schemas', () => {
  it('the rule pack schema is generated from the zod schema (run `npm run schemas` after changing it)', () => {
    expect(readFileSync(schemaFiles.pack, 'utf8')).toBe(schemaText(packJsonSchema()));
  });
  it('the managed-storage schema is generated from the settings (run `npm run schemas` after adding a setting)', () => {
    expect(readFileSync(schemaFiles.managed, 'utf8')).toBe(schemaText(managedSchema()));
  });
  it('the managed schema keeps to what Chrome accepts: one type per node, nothing else at the top', () => {
    const schema = managedSchema();
    const visit = (node: Record<string, unknown>) => {
      expect(typeof node.type).toBe('string');
      for (const key of Object.keys(node)) expect(['type', 'properties', 'additionalProperties', 'items', 'enum', 'title', 'description']).toContain(key);
      for (const child of Object.values((node.properties ?? {}) as Record<string, Record<string, unknown>>)) visit(child);
      if (node.items) visit(node.items as Record<string, unknown>);
      if (node.additionalProperties) visit(node.additionalProperties as Record<string, unknown>);
    };
    visit(schema);
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys((schema.properties as Record<string, unknown>))).toEqual(['settings', 'rulePack', 'lockReason']);
  });
});
