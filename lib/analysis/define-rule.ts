import type * as z from 'zod';
import type { Platform } from './platforms';
import type { CategoryId, FindingData, Language, PlatformId, Severity, Span, Stats } from './schema';
import type { Line, Paragraph, Sentence } from './segment';

/** A rule's text in one language: its name and description for the options page, and its messages. */
export interface RuleCatalogue<M extends string> {
  name: string;
  description: string;
  /** Per messageId: what is wrong, why it matters, how to fix it. `{key}` is replaced from the finding's data. */
  messages: Record<M, { message: string; why: string; fix: string }>;
}

/**
 * A draft the rule's examples run on; a plain string means the generic platform and a detected language.
 * `options` are the rule's options as a user would set them (for rules that do nothing by default).
 */
export type RuleExample =
  | string
  | { text: string; platform?: PlatformId; language?: Language; options?: Record<string, unknown> };

export interface RuleReport<M extends string> {
  messageId: M;
  data?: FindingData;
  /** Offsets into the context's `text`. */
  span: Span;
}

interface BaseContext<O, M extends string> {
  /** For sentence rules: the sentence (its offsets are relative to it); for document rules: the draft. */
  readonly text: string;
  readonly language: Language;
  readonly platform: Platform;
  readonly options: O;
  report(finding: RuleReport<M>): void;
}

/** What a sentence rule sees. Its findings are cached per sentence, so it must look at nothing else. */
export type SentenceContext<O, M extends string> = BaseContext<O, M>;

/** What a document rule sees: the whole draft, already segmented and measured. */
export interface DocumentContext<O, M extends string> extends BaseContext<O, M> {
  readonly lines: readonly Line[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly stats: Stats;
  /**
   * Caches `compute()` under `key` across analyses (scoped to the rule and language), so per-sentence
   * work in a document rule is redone only for sentences that changed. With `kind`, entries of that
   * kind are kept apart and `key` is the line or sentence text itself: a key built as
   * `kind + text` is a new string to copy and hash on every analysis, which on a long draft costs
   * more than the lookup saves.
   */
  memo<T>(key: string, compute: () => T, kind?: string): T;
}

interface RuleBase<O, M extends string> {
  /** kebab-case, equal to the file name. */
  id: string;
  category: CategoryId;
  languages: readonly Language[];
  defaultSeverity: Severity;
  /** zod schema whose every field has a default, so `options.parse({})` gives the defaults. */
  options: z.ZodType<O>;
  messageIds: readonly M[];
  messages: Record<Language, RuleCatalogue<M>>;
  /** Shown in the options page and run by the conventions test: `flagged` must be flagged, `ok` must not. */
  examples: { flagged: readonly RuleExample[]; ok: readonly RuleExample[] };
  /**
   * A second opinion (the learned model): its findings are dropped when another rule already flags
   * the same category at warning or error, so the user hears the precise reason once.
   */
  supplementary?: boolean;
  /** Rules with the same scope share the `memo` cache, for work they all need (one model scoring). */
  memoScope?: string;
}

export type SentenceRule<O, M extends string> = RuleBase<O, M> & {
  scope: 'sentence';
  check(ctx: SentenceContext<O, M>): void;
};

export type DocumentRule<O, M extends string> = RuleBase<O, M> & {
  scope: 'document';
  check(ctx: DocumentContext<O, M>): void;
};

export type Rule<O = any, M extends string = string> = SentenceRule<O, M> | DocumentRule<O, M>;

export function defineRule<O, const M extends string>(rule: SentenceRule<O, M>): SentenceRule<O, M>;
export function defineRule<O, const M extends string>(rule: DocumentRule<O, M>): DocumentRule<O, M>;
export function defineRule<O, const M extends string>(rule: Rule<O, M>): Rule<O, M> {
  return rule;
}
