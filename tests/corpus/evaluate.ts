import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { createAnalyzer } from '../../lib/analysis/index';
import { CategoryIdSchema, LanguageSchema, PlatformIdSchema, type CategoryId, type Report } from '../../lib/analysis/schema';
import { categoryIds } from '../../lib/analysis/schema';

/** One labeled draft: `expect` must be flagged at warning or error, `forbid` must not; the rest is free. */
export const CorpusRowSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: LanguageSchema,
  platform: PlatformIdSchema,
  label: z.string(),
  expect: z.array(CategoryIdSchema),
  forbid: z.array(CategoryIdSchema),
  source: z.string().optional(),
});
export type CorpusRow = z.infer<typeof CorpusRowSchema>;

export const corpusDir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

export function loadCorpus(file: string): CorpusRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = CorpusRowSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The corpus files of a folder under tests/fixtures/corpus (`own`, `blind`, `eval/test`, `train/real`…), by file name. */
export function loadCorpusDir(folder: string): Map<string, CorpusRow[]> {
  const dir = `${corpusDir}${folder}/`;
  const files = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  return new Map(files.map((name) => [name, loadCorpus(dir + name)]));
}

export interface Miss {
  id: string;
  kind: 'missed' | 'false-alarm';
  category: CategoryId;
  text: string;
  flagged: string[];
}

export interface Evaluation {
  rows: number;
  /** Per category: positives expected and how many were flagged. */
  recall: Partial<Record<CategoryId, { positives: number; detected: number; recall: number }>>;
  /** Rows with a `forbid` list, and how many of them had a forbidden category flagged. */
  falseAlarms: { negatives: number; alarms: number; rate: number };
  /** The same per category: rows that forbid it, and how many of them had it flagged. */
  falseAlarmsByCategory: Partial<Record<CategoryId, { negatives: number; alarms: number; rate: number }>>;
  /** How often the detected language matched the label. */
  languageAccuracy: number;
  misses: Miss[];
}

const flaggedCategories = (report: Report) =>
  new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.category));

/** Analyses every row with the language detected, as a user would get it, and scores the result. */
export function evaluate(rows: readonly CorpusRow[], settings?: unknown): Evaluation {
  const analyzer = createAnalyzer(settings);
  const recall: Evaluation['recall'] = {};
  const falseAlarmsByCategory: Evaluation['falseAlarmsByCategory'] = {};
  let negatives = 0;
  let alarms = 0;
  let languageHits = 0;
  const misses: Miss[] = [];
  for (const row of rows) {
    const report = analyzer.analyze(row.text, { platform: row.platform, uiLanguage: row.lang });
    if (report.language === row.lang) languageHits++;
    const flagged = flaggedCategories(report);
    const rulesHit = report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}:${f.messageId}`);
    for (const category of row.expect) {
      const entry = (recall[category] ??= { positives: 0, detected: 0, recall: 0 });
      entry.positives++;
      if (flagged.has(category)) entry.detected++;
      else misses.push({ id: row.id, kind: 'missed', category, text: row.text, flagged: rulesHit });
    }
    for (const category of row.forbid) {
      const entry = (falseAlarmsByCategory[category] ??= { negatives: 0, alarms: 0, rate: 0 });
      entry.negatives++;
      if (flagged.has(category)) entry.alarms++;
    }
    if (row.forbid.length) {
      negatives++;
      const forbidden = row.forbid.filter((category) => flagged.has(category));
      if (forbidden.length) alarms++;
      for (const category of forbidden) {
        misses.push({ id: row.id, kind: 'false-alarm', category, text: row.text, flagged: rulesHit });
      }
    }
  }
  for (const category of categoryIds) {
    const entry = recall[category];
    if (entry) entry.recall = entry.detected / entry.positives;
    const alarms = falseAlarmsByCategory[category];
    if (alarms) alarms.rate = alarms.alarms / alarms.negatives;
  }
  return {
    rows: rows.length,
    recall,
    falseAlarms: { negatives, alarms, rate: negatives ? alarms / negatives : 0 },
    falseAlarmsByCategory,
    languageAccuracy: rows.length ? languageHits / rows.length : 1,
    misses,
  };
}
