import * as z from 'zod';
import { CategoryIdSchema, CategoryStatusSchema } from '../analysis/schema';
import { ruleIds } from '../analysis/ids';

/**
 * The learning history: counts, scores and rule ids per day, never a word of a draft. Everything the
 * background stores goes through these schemas, so nothing else can slip in.
 */

/** Days kept: a year. Older days are dropped on the next write. */
export const MAX_DAYS = 365;
/** Posts kept per day for the streaks; the counts still count every draft. */
export const MAX_POSTS_PER_DAY = 100;
/** Recent drafts remembered so a draft left twice (or left, then published) counts once. */
export const MAX_RECENT_DRAFTS = 50;
/** More findings of one rule in one draft than anyone writes: a bound, so a bad message cannot inflate the counts. */
const MAX_COUNT = 10_000;

const count = z.number().int().min(0).max(MAX_COUNT);
/** Local calendar day, `YYYY-MM-DD`. */
export const DateKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');
/** A random id the content script gives a draft (never derived from its text). */
export const DraftIdSchema = z.string().regex(/^[a-z0-9]{6,24}$/, 'not a draft id');
export const OutcomeSchema = z.enum(['left', 'published']);
export const ScoreSchema = z.number().int().min(0).max(100);

/** Findings per rule id; ids of rules that no longer exist stay readable in old days. */
const RuleCountsSchema = z.record(z.string().max(64), count);
const CategoryCountsSchema = z.partialRecord(CategoryIdSchema, count);

/** What a content script sends when the user leaves a compose box or publishes: counts only. */
export const DraftEntrySchema = z.strictObject({
  draftId: DraftIdSchema,
  outcome: OutcomeSchema,
  score: ScoreSchema,
  worst: CategoryStatusSchema,
  rules: z.partialRecord(z.enum(ruleIds), count),
  categories: CategoryCountsSchema,
});
export type DraftEntry = z.infer<typeof DraftEntrySchema>;

/** One draft as it ended: its score and its worst finding, for the streaks. */
export const PostSchema = z.object({ score: ScoreSchema, worst: CategoryStatusSchema, published: z.boolean() });
export type Post = z.infer<typeof PostSchema>;

export const DaySchema = z.object({
  date: DateKeySchema,
  /** Drafts checked that day. */
  drafts: count,
  published: count,
  /** Findings per category, summed over the day's drafts. */
  categories: CategoryCountsSchema,
  rules: RuleCountsSchema,
  /** The day's latest drafts in order (at most MAX_POSTS_PER_DAY). */
  posts: z.array(PostSchema).max(MAX_POSTS_PER_DAY),
});
export type Day = z.infer<typeof DaySchema>;

/** What a recent draft added to its day, so leaving it again replaces it instead of adding it twice. */
export const ContributionSchema = DraftEntrySchema.omit({ outcome: true }).extend({
  date: DateKeySchema,
  /** Its place among the drafts of its day (0 for the first). */
  sequence: count,
  published: z.boolean(),
});
export type Contribution = z.infer<typeof ContributionSchema>;

export const HISTORY_VERSION = 1;

export const HistorySchema = z.object({
  /** Oldest first, one per day with at least one draft. */
  days: z.array(DaySchema).max(MAX_DAYS),
  recent: z.array(ContributionSchema).max(MAX_RECENT_DRAFTS),
});
export type History = z.infer<typeof HistorySchema>;

export const emptyHistory = (): History => ({ days: [], recent: [] });

/**
 * Reads a stored value as a history. A corrupt part costs only itself: the days and recent drafts
 * that still parse are kept (in order, one per date, at most a year), so one bad value never empties
 * the whole history, and the dashboard never breaks.
 */
export function parseHistory(value: unknown): History {
  const parsed = HistorySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const valid = <T>(schema: z.ZodType<T>, items: unknown): T[] =>
    Array.isArray(items)
      ? items.flatMap((item) => {
          const result = schema.safeParse(item);
          return result.success ? [result.data] : [];
        })
      : [];
  const byDate = new Map(valid(DaySchema, record.days).map((day) => [day.date, day]));
  const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)).slice(-MAX_DAYS);
  const kept = new Set(days.map((day) => day.date));
  const recent = valid(ContributionSchema, record.recent).filter((contribution) => kept.has(contribution.date)).slice(0, MAX_RECENT_DRAFTS);
  return { days, recent };
}
