import * as z from 'zod';
import { categoryIds, languages, platformIds, severities } from './ids';

export * from './ids';

export const CategoryIdSchema = z.enum(categoryIds);

export const SeveritySchema = z.enum(severities);

/** What the user may set per rule: a severity, or off. */
export const RuleLevelSchema = z.enum(['off', ...severities]);
export type RuleLevel = z.infer<typeof RuleLevelSchema>;

export const CategoryStatusSchema = z.enum(['ok', ...severities]);
export type CategoryStatus = z.infer<typeof CategoryStatusSchema>;

export const LanguageSchema = z.enum(languages);

export const PlatformIdSchema = z.enum(platformIds);

/** UTF-16 offsets into the analysed text, end exclusive, on grapheme boundaries. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end >= span.start, 'span ends before it starts');
export type Span = z.infer<typeof SpanSchema>;

export const FindingDataSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type FindingData = z.infer<typeof FindingDataSchema>;

export const FindingSchema = z.object({
  ruleId: z.string(),
  category: CategoryIdSchema,
  severity: SeveritySchema,
  messageId: z.string(),
  /** What is wrong, in the report's UI language. */
  message: z.string(),
  /** Why it matters to readers or to the brand. */
  why: z.string(),
  /** How to fix it. */
  fix: z.string(),
  data: FindingDataSchema,
  span: SpanSchema,
});
export type Finding = z.infer<typeof FindingSchema>;

export const StatsSchema = z.object({
  /** Length as the platform counts it (weighted on X, graphemes on Bluesky, …). */
  characters: z.number().int().nonnegative(),
  /** The platform's hard limit, or null where there is none. */
  limit: z.number().int().positive().nullable(),
  graphemes: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  readingSeconds: z.number().nonnegative(),
  /** Flesch reading ease (English) or Gulpease (Italian); null for drafts too short to score. */
  readability: z.number().nullable(),
  /** UTF-16 offset where the platform folds the post behind "see more", or null. */
  foldAt: z.number().int().nonnegative().nullable(),
});
export type Stats = z.infer<typeof StatsSchema>;

export const ReportSchema = z.object({
  language: LanguageSchema,
  platform: PlatformIdSchema,
  categories: z.record(CategoryIdSchema, CategoryStatusSchema),
  findings: z.array(FindingSchema),
  stats: StatsSchema,
});
export type Report = z.infer<typeof ReportSchema>;
