import { countCharacters, foldOffset } from './counting';
import type { DocumentContext, Rule, RuleReport, SentenceContext } from './define-rule';
import { formatMessage } from './format';
import { decideLanguage, languageEvidence, type LanguageEvidence } from './language';
import { Lru } from './lru';
import { getPlatform, type Platform } from './platforms';
import { readability, readingSeconds } from './readability';
import {
  categoryIds,
  type CategoryStatus,
  type Finding,
  type Language,
  type PlatformId,
  type Report,
  type Severity,
  type Stats,
} from './schema';
import { snapToGraphemes } from './graphemes';
import { createLineCache, segment, type Segmentation } from './segment';
import { AnalysisSettingsSchema, type AnalysisSettings } from './settings';
import { forgetRecentWords } from './word-screen';

export interface AnalyzeContext {
  platform?: PlatformId;
  /** The draft's language; detected when absent. */
  language?: Language;
  /** The language of the messages; also the guess when detection cannot decide. Defaults to English. */
  uiLanguage?: Language;
  /** Replaces the analyzer's settings for this call only; later calls without settings use the analyzer's own. */
  settings?: unknown;
}

export interface Analyzer {
  analyze(text: string, context?: AnalyzeContext): Report;
}

export interface AnalyzerOptions {
  /** Rethrow a rule's exception instead of skipping the rule (tests use it to catch rule bugs). */
  throwRuleErrors?: boolean;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
  /** The rule and its options: cached findings depend on both, never on the severity. */
  cacheKey: string;
}

/** Words read to tell the language: enough to decide, and long drafts cost no more. */
const LANGUAGE_SAMPLE_WORDS = 400;

const severityRank: Record<CategoryStatus, number> = { ok: 0, info: 1, warning: 2, error: 3 };

function resolveRules(rules: readonly Rule[], settings: AnalysisSettings): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const chosen = settings.rules[rule.id];
    const level = chosen?.level ?? rule.defaultSeverity;
    if (level === 'off') continue;
    const parsed = rule.options.safeParse(chosen?.options ?? {});
    const options = parsed.success ? parsed.data : rule.options.parse({});
    active.push({ rule, severity: level, options, cacheKey: `${rule.id}\u0000${JSON.stringify(options)}` });
  }
  return active;
}

function computeStats(text: string, platform: Platform, language: Language, segmentation: Segmentation): Stats {
  const words = segmentation.sentences.reduce((sum, s) => sum + s.words, 0);
  return {
    characters: countCharacters(text, platform, segmentation.graphemes),
    limit: platform.limit,
    graphemes: segmentation.graphemes,
    words,
    sentences: segmentation.sentences.length,
    readingSeconds: readingSeconds(words),
    readability: readability(segmentation.sentences, language),
    foldAt: foldOffset(text, platform),
  };
}

/** What most sentences hold for most rules, kept as one shared array rather than one per entry. */
const NO_REPORTS: readonly RuleReport<string>[] = Object.freeze([]);

/**
 * Entries each rule keeps per language (and platform, for rules that read it): the sentences of a
 * 100,000-character draft, so typing in a long draft finds every unchanged sentence, without one
 * analyzer that served many drafts holding on to all of them.
 */
const RULE_CACHE_ENTRIES = 2000;

/**
 * An analyzer keeps what it learnt about each line and sentence, so analysing a draft again after a
 * small edit redoes only the work for what changed. One analyzer can serve many drafts.
 */
export function createAnalyzer(settings?: unknown, rules: readonly Rule[] = [], options: AnalyzerOptions = {}): Analyzer {
  const lineCache = createLineCache();
  // One cache per rule, language and platform, keyed by the sentence or memo key itself: the
  // sentence strings come from the line cache, so their hashes are computed once, not per analysis.
  const ruleCaches = new Map<string, Lru<unknown>>();
  const cacheFor = <T>(key: string): Lru<T> => {
    let cache = ruleCaches.get(key);
    if (!cache) ruleCaches.set(key, (cache = new Lru<unknown>(RULE_CACHE_ENTRIES)));
    return cache as Lru<T>;
  };
  const languageCache = new Lru<LanguageEvidence>(2000);

  /** The draft's language from its first lines' evidence, each line's kept between analyses. */
  function detect(text: string, fallback: Language): Language {
    const total: LanguageEvidence = { en: 0, it: 0, words: 0 };
    for (let start = 0; start <= text.length && total.words < LANGUAGE_SAMPLE_WORDS; ) {
      let newline = text.indexOf('\n', start);
      if (newline === -1) newline = text.length;
      const line = text.slice(start, newline);
      const evidence = languageCache.getOrCreate(line, () => languageEvidence(line));
      total.en += evidence.en;
      total.it += evidence.it;
      total.words += evidence.words;
      start = newline + 1;
    }
    return decideLanguage(total, fallback).language;
  }
  const supplementary = new Set(rules.filter((rule) => rule.supplementary).map((rule) => rule.id));

  function resolveSettings(raw: unknown): ActiveRule[] {
    const parsed = AnalysisSettingsSchema.safeParse(raw ?? {});
    return resolveRules(rules, parsed.success ? parsed.data : AnalysisSettingsSchema.parse({}));
  }
  const ownRules = resolveSettings(settings);
  // The settings of the last call that brought its own, resolved once while they stay the same.
  let callSettings: { key: string; rules: ActiveRule[] } | undefined;
  function rulesFor(raw: unknown): ActiveRule[] {
    if (raw === undefined) return ownRules;
    const key = JSON.stringify(raw) ?? '';
    if (callSettings?.key !== key) callSettings = { key, rules: resolveSettings(raw) };
    return callSettings.rules;
  }

  /** A rule that throws is skipped: one bug must not cost the user the other findings. */
  function runRule(run: () => void): void {
    try {
      run();
    } catch (error) {
      if (options.throwRuleErrors) throw error;
    }
  }

  function analyze(input: string, context: AnalyzeContext = {}): Report {
    try {
      return analyzeNow(input, context);
    } finally {
      forgetRecentWords();
    }
  }

  function analyzeNow(input: string, context: AnalyzeContext): Report {
    const text = typeof input === 'string' ? input : String(input ?? '');
    const activeRules = rulesFor(context.settings);
    const uiLanguage: Language = context.uiLanguage === 'it' ? 'it' : 'en';
    const platform = getPlatform(context.platform ?? 'generic') ?? getPlatform('generic');
    const language = context.language ?? detect(text, uiLanguage);
    const segmentation = segment(text, language, lineCache);
    const stats = computeStats(text, platform, language, segmentation);

    let findings: Finding[] = [];
    const seen = new Set<string>();
    const addFinding = (active: ActiveRule, report: RuleReport<string>, offset: number) => {
      const { rule } = active;
      const rawStart = clamp(offset + report.span.start, text.length);
      const rawEnd = clamp(offset + report.span.end, text.length);
      const span = snapToGraphemes(text, Math.min(rawStart, rawEnd), Math.max(rawStart, rawEnd));
      const key = `${rule.id}\u0000${report.messageId}\u0000${span.start}\u0000${span.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      const data = report.data ?? {};
      const catalogue = rule.messages[uiLanguage].messages[report.messageId];
      if (!catalogue) throw new Error(`${rule.id} reported unknown messageId ${report.messageId}`);
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: active.severity,
        messageId: report.messageId,
        message: formatMessage(catalogue.message, data, uiLanguage),
        why: formatMessage(catalogue.why, data, uiLanguage),
        fix: formatMessage(catalogue.fix, data, uiLanguage),
        data,
        span,
      });
    };

    for (const active of activeRules) {
      const { rule } = active;
      if (!rule.languages.includes(language)) continue;
      runRule(() => {
        if (rule.scope === 'sentence') {
          // Findings computed without reading the platform hold on every platform, so they are kept
          // once, not once per platform; the others are kept per platform.
          const anyPlatform = cacheFor<readonly RuleReport<string>[]>(`${active.cacheKey}\u0000${language}`);
          const thisPlatform = cacheFor<readonly RuleReport<string>[]>(`${active.cacheKey}\u0000${language}\u0000${platform.id}`);
          for (const sentence of segmentation.sentences) {
            let reports = anyPlatform.get(sentence.text) ?? thisPlatform.get(sentence.text);
            if (!reports) {
              const collected: RuleReport<string>[] = [];
              let readPlatform = false;
              const ctx: SentenceContext<unknown, string> = {
                text: sentence.text,
                language,
                get platform() {
                  readPlatform = true;
                  return platform;
                },
                options: active.options,
                report: (r) => collected.push(r),
              };
              rule.check(ctx);
              reports = collected.length ? collected : NO_REPORTS;
              (readPlatform ? thisPlatform : anyPlatform).set(sentence.text, reports);
            }
            for (const report of reports) addFinding(active, report, sentence.start);
          }
        } else {
          const memoKey = `${rule.memoScope ?? active.cacheKey}\u0000${language}\u0000memo`;
          const memos = cacheFor<unknown>(memoKey);
          const memosOfKind = new Map<string, Lru<unknown>>();
          const memoFor = (kind: string | undefined): Lru<unknown> => {
            if (kind === undefined) return memos;
            let cache = memosOfKind.get(kind);
            if (!cache) memosOfKind.set(kind, (cache = cacheFor<unknown>(`${memoKey}\u0000${kind}`)));
            return cache;
          };
          const ctx: DocumentContext<unknown, string> = {
            text,
            language,
            platform,
            options: active.options,
            lines: segmentation.lines,
            paragraphs: segmentation.paragraphs,
            sentences: segmentation.sentences,
            stats,
            report: (r) => addFinding(active, r, 0),
            memo: (key, compute, kind) => memoFor(kind).getOrCreate(key, compute) as never,
          };
          rule.check(ctx);
        }
      });
    }

    const flaggedByRules = new Set(
      findings.filter((finding) => finding.severity !== 'info' && !supplementary.has(finding.ruleId)).map((finding) => finding.category),
    );
    if (supplementary.size && flaggedByRules.size) {
      findings = findings.filter((finding) => !supplementary.has(finding.ruleId) || !flaggedByRules.has(finding.category));
    }
    findings.sort(
      (a, b) => a.span.start - b.span.start || severityRank[b.severity] - severityRank[a.severity] || a.span.end - b.span.end,
    );
    const categories = Object.fromEntries(categoryIds.map((id) => [id, 'ok'])) as Report['categories'];
    for (const finding of findings) {
      if (severityRank[finding.severity] > severityRank[categories[finding.category]]) {
        categories[finding.category] = finding.severity;
      }
    }
    return { language, platform: platform.id, categories, findings, stats };
  }

  return { analyze };
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return 0;
  return Math.min(Math.max(0, Math.trunc(offset)), length);
}
