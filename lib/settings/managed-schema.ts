import * as z from 'zod';
import { rules } from '../analysis/registry';
import { SettingsSchema } from './schema';

type JsonSchema = Record<string, unknown>;

/** The attributes Chrome's policy schema knows; it refuses the extension over others. */
const chromeAttributes = new Set(['type', 'properties', 'additionalProperties', 'items', 'enum', 'title', 'description']);

/**
 * A JSON Schema node in the subset Chrome accepts for `storage.managed_schema`: exactly one `type`
 * per node (nodes that accept anything are dropped, Chrome cannot declare them), no `pattern` (Chrome
 * reads RE2, without lookarounds), no defaults, lengths or bounds. Null when the node cannot be declared.
 */
export function toChromeSchema(node: JsonSchema): JsonSchema | null {
  if (typeof node.type !== 'string') return null;
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (!chromeAttributes.has(key)) continue;
    if (key === 'properties') {
      const properties = Object.entries(value as Record<string, JsonSchema>).flatMap(([name, child]) => {
        const converted = toChromeSchema(child);
        return converted ? [[name, converted] as const] : [];
      });
      result.properties = Object.fromEntries(properties);
    } else if (key === 'items' || key === 'additionalProperties') {
      const converted = typeof value === 'object' && value !== null ? toChromeSchema(value as JsonSchema) : null;
      if (converted) result[key] = converted;
    } else {
      result[key] = value;
    }
  }
  return result;
}

/**
 * The policy an administrator can push, declared for Chrome and Edge (`public/managed-schema.json`,
 * written by `npm run schemas`). `settings` is generated from the settings schema, so a setting added
 * later can be set and locked by policy as soon as the file is regenerated (a test checks it is).
 */
export function managedSchema(): JsonSchema {
  const settings = toChromeSchema(z.toJSONSchema(SettingsSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema)!;
  // A rule's options are open-ended in the settings; declare every option some rule reads (the
  // confidential terms among them), so a policy can set them.
  const ruleSetting = ((settings.properties as Record<string, JsonSchema>).rules!.additionalProperties as JsonSchema).properties as Record<string, JsonSchema>;
  const options: Record<string, JsonSchema> = {};
  for (const rule of rules) {
    const declared = toChromeSchema(z.toJSONSchema(rule.options, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
    Object.assign(options, declared?.properties);
  }
  ruleSetting.options = { type: 'object', properties: Object.fromEntries(Object.entries(options).sort(([a], [b]) => a.localeCompare(b))) };
  return {
    type: 'object',
    properties: {
      settings: {
        ...settings,
        title: 'Settings enforced for every user',
        description: 'Any Post Coach setting (e.g. analysisLanguage, mode, rules, bannedTerms). Each one set here is locked in the options page.',
      },
      rulePack: {
        type: 'string',
        title: 'Rule pack',
        description: 'A rule pack every user gets, as JSON or YAML text (see the README). Its rules cannot be replaced by a pack the user imports.',
      },
      lockReason: {
        type: 'object',
        title: 'Why these settings are managed',
        description: 'Shown beside each locked setting, in English and Italian.',
        properties: { en: { type: 'string' }, it: { type: 'string' } },
      },
    },
  };
}
