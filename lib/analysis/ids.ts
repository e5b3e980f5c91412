/**
 * The fixed ids of the analysis, as plain constants: the content scripts import these without
 * pulling in zod. `schema.ts` builds the validating schemas from them.
 */

/** The five things Post Coach flags. The ids are fixed: settings, tests and the UI key on them. */
export const categoryIds = ['self-promotion', 'inappropriate', 'confidential', 'length', 'reader-value'] as const;
export type CategoryId = (typeof categoryIds)[number];

export const severities = ['info', 'warning', 'error'] as const;
export type Severity = (typeof severities)[number];

export const languages = ['en', 'it'] as const;
export type Language = (typeof languages)[number];

/** Every rule's id, as the registry lists them (a test keeps the two equal): settings and messages accept only these. */
export const ruleIds = [
  'no-humblebrag',
  'no-hard-sell',
  'no-self-superlative',
  'no-tag-stuffing',
  'require-ad-disclosure',
  'no-self-focus',
  'no-profanity',
  'no-insult',
  'no-discriminatory-language',
  'no-shouting',
  'no-fake-engagement',
  'no-dismissive-reply',
  'no-secrets',
  'no-personal-data',
  'no-home-address',
  'no-internal-links',
  'no-confidentiality-marker',
  'no-unreleased-info',
  'no-early-news',
  'no-confidential-terms',
  'max-length',
  'key-message-before-fold',
  'max-sentence-length',
  'no-wall-of-text',
  'min-readability',
  'approaching-limit',
  'require-takeaway',
  'no-empty-opener',
  'no-teaser',
  'no-buzzwords',
  'no-engagement-bait',
  'no-unsupported-claim',
  'learned-self-promotion',
  'learned-inappropriate',
  'learned-confidential',
  'learned-reader-value',
] as const;
export type RuleId = (typeof ruleIds)[number];

export const platformIds = ['x', 'linkedin', 'facebook', 'threads', 'bluesky', 'mastodon', 'instagram', 'reddit', 'generic'] as const;
export type PlatformId = (typeof platformIds)[number];
