import * as z from 'zod';
import { CategoryIdSchema, LanguageSchema, PlatformIdSchema, SeveritySchema } from '../analysis/schema';
import { builtinPackNames, PACK_RULE_ID_PATTERN } from './ids';
import { MAX_WILDCARDS } from './tokens';

/** A text every user can read: the pack gives it in both interface languages. */
export const LocalizedTextSchema = z.strictObject({ en: z.string().trim().min(1).max(500), it: z.string().trim().min(1).max(500) });

/**
 * A word or phrase to look for. Everything is literal except `*`, which stands for up to 20 letters
 * or digits inside one word ("influencer*" finds "influencers"): patterns that users write can never
 * make a search slow.
 */
export const TokenSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((token) => (token.match(/\*/g) ?? []).length <= MAX_WILDCARDS, 'tooManyWildcards')
  .refine((token) => /[^*\s]/.test(token), 'onlyWildcards');
const TokensSchema = z.array(TokenSchema).min(1).max(500);

/** Where a token must stand to count: before the post's first line ends, before "see more", or anywhere. */
export const WithinSchema = z.enum(['start', 'fold', 'anywhere']);
export type Within = z.infer<typeof WithinSchema>;

const ruleBase = {
  /** Namespaced, e.g. `acme/codenames`. */
  id: z.string().regex(PACK_RULE_ID_PATTERN, 'ruleId'),
  category: CategoryIdSchema,
  level: SeveritySchema,
  /** What the finding says; `{match}` is the flagged text, `{preferred}`, `{count}`, `{min}`, `{max}` where they apply. */
  message: LocalizedTextSchema,
  /** Optional name for the options page (the id otherwise), and why and how to fix (generic texts otherwise). */
  name: LocalizedTextSchema.optional(),
  why: LocalizedTextSchema.optional(),
  fix: LocalizedTextSchema.optional(),
  /** Only on these platforms (all when absent). */
  platforms: z.array(PlatformIdSchema).min(1).optional(),
  /** Only for drafts in these languages (both when absent). */
  languages: z.array(LanguageSchema).min(1).optional(),
  ignoreCase: z.boolean().default(true),
  /** Tokens match whole words only: "cat" is not found in "category". */
  wholeWord: z.boolean().default(true),
};

export const occurrenceCounts = ['hashtag', 'mention', 'emoji', 'link', 'exclamation', 'tokens'] as const;

export const PackRuleSchema = z.discriminatedUnion('type', [
  z.strictObject({ ...ruleBase, type: z.literal('existence'), tokens: TokensSchema }),
  z.strictObject({
    ...ruleBase,
    type: z.literal('substitution'),
    /** Flagged form → preferred form. */
    swap: z.record(TokenSchema, z.string().trim().min(1).max(100)).refine((swap) => Object.keys(swap).length > 0, 'emptySwap'),
  }),
  z
    .strictObject({
      ...ruleBase,
      type: z.literal('occurrence'),
      count: z.enum(occurrenceCounts),
      /** What to count when `count` is "tokens". */
      tokens: TokensSchema.optional(),
      scope: z.enum(['post', 'sentence']).default('post'),
      min: z.int().min(0).max(10_000).optional(),
      max: z.int().min(0).max(10_000).optional(),
    })
    .refine((rule) => rule.min !== undefined || rule.max !== undefined, { message: 'minOrMax', path: ['max'] })
    .refine((rule) => rule.min === undefined || rule.max === undefined || rule.min <= rule.max, { message: 'minAboveMax', path: ['min'] })
    .refine((rule) => rule.count !== 'tokens' || rule.tokens !== undefined, { message: 'tokensToCount', path: ['tokens'] }),
  z.strictObject({ ...ruleBase, type: z.literal('conditional'), if: TokensSchema, then: TokensSchema, within: WithinSchema.default('anywhere') }),
  z.strictObject({ ...ruleBase, type: z.literal('required'), tokens: TokensSchema, within: WithinSchema.default('anywhere') }),
]);
export type PackRule = z.infer<typeof PackRuleSchema>;
export type PackRuleInput = z.input<typeof PackRuleSchema>;

export const PACK_FORMAT_VERSION = 1;

/** A team's style as one shareable file (JSON or YAML). */
export const RulePackSchema = z
  .strictObject({
    /** Where editors find this schema, for autocompletion; ignored otherwise. */
    $schema: z.string().optional(),
    /** The version of this format. */
    format: z.literal(PACK_FORMAT_VERSION).default(PACK_FORMAT_VERSION),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'packName'),
    /** The pack's own version, e.g. "1.2.0". */
    version: z.string().regex(/^\d{1,6}(\.\d{1,6}){0,2}([-+][0-9A-Za-z.-]{1,40})?$/, 'packVersion'),
    description: LocalizedTextSchema.optional(),
    /** Built-in packs whose rules this pack adds, by name. */
    extends: z.array(z.enum(builtinPackNames)).max(builtinPackNames.length).default([]),
    rules: z.array(PackRuleSchema).max(500).default([]),
    /** Settings the pack sets for its users (they win over the user's own, below a managed policy's), checked key by key. */
    settings: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: 'duplicateId', path: ['rules', index, 'id'] });
      seen.add(rule.id);
    });
  });
export type RulePack = z.infer<typeof RulePackSchema>;
export type RulePackInput = z.input<typeof RulePackSchema>;
