import * as z from 'zod';
import { RulePackSchema } from './schema';

/** The pack format as JSON Schema, for editors' autocompletion (`lib/packs/rule-pack.schema.json`, written by `npm run schemas`). */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RulePackSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Post Coach rule pack',
    description: "A team's style as one file: rules that flag words, swap them for preferred ones, count hashtags or links, or require a disclosure.",
  };
}
