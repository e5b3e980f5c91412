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

export const platformIds = ['x', 'linkedin', 'facebook', 'threads', 'bluesky', 'mastodon', 'instagram', 'reddit', 'generic'] as const;
export type PlatformId = (typeof platformIds)[number];
