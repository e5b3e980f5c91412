import { describe, expect, it } from 'vitest';
import { categoryIds, type CategoryId } from '../lib/analysis/schema';
import { evaluate, loadCorpusDir, type CorpusRow, type Evaluation } from './corpus/evaluate';

const own = loadCorpusDir('own');

function summary(result: Evaluation): string {
  return result.misses
    .slice(0, 15)
    .map((miss) => `${miss.kind} ${miss.category} ${miss.id} [${miss.flagged.join(' ')}] ${miss.text.slice(0, 100)}`)
    .join('\n');
}

describe('own labeled corpus (tests/fixtures/corpus/own), a regression suite written with the rules', () => {
  const rows = [...own.values()].flat();
  const result = evaluate(rows);

  it('has at least 100 English and 100 Italian posts on every platform, with positives and hard negatives for each category', () => {
    expect(rows.filter((row) => row.lang === 'en').length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((row) => row.lang === 'it').length).toBeGreaterThanOrEqual(100);
    for (const platform of ['x', 'linkedin', 'facebook', 'threads', 'bluesky', 'mastodon', 'instagram', 'reddit']) {
      expect(rows.some((row) => row.platform === platform), platform).toBe(true);
    }
    for (const category of categoryIds) {
      expect(rows.filter((row) => row.expect.includes(category)).length, category).toBeGreaterThanOrEqual(20);
      expect(rows.filter((row) => row.forbid.includes(category)).length, category).toBeGreaterThanOrEqual(20);
    }
  });

  it.each(categoryIds)('finds at least 90%% of %s', (category) => {
    expect(result.recall[category]!.recall, summary(result)).toBeGreaterThanOrEqual(0.9);
  });

  it('raises false alarms on at most 5% of the posts that must stay quiet', () => {
    expect(result.falseAlarms.rate, summary(result)).toBeLessThanOrEqual(0.05);
  });

  it('detects the language of almost every post', () => {
    expect(result.languageAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});

/**
 * Floors on the test halves of the real datasets (`npm run split`), at or a little under the figures
 * measured when they were set (README has the figures, the targets and how they were obtained): they
 * catch regressions, not noise. Nothing was tuned on these rows. `falseAlarms` bounds the dataset's own
 * category; `anyFalseAlarm` bounds every category its negatives forbid.
 */
const floors: Record<string, { category: CategoryId; recall: number; falseAlarms: number; anyFalseAlarm: number }> = {
  'davidson_offensive_en.jsonl': { category: 'inappropriate', recall: 0.97, falseAlarms: 0.08, anyFalseAlarm: 0.08 },
  'mhc_hatecheck_it.jsonl': { category: 'inappropriate', recall: 0.72, falseAlarms: 0.08, anyFalseAlarm: 0.08 },
  'secretlint_fixtures_en.jsonl': { category: 'confidential', recall: 0.85, falseAlarms: 0.05, anyFalseAlarm: 0.05 },
  // The comments labeled "not spam" also forbid `inappropriate`, yet many of them swear or shout
  // ("who the fuck…", "BEST SONG!!!"), which a coach rightly flags: that is most of this set's alarms.
  'youtube_spam_en.jsonl': { category: 'self-promotion', recall: 0.7, falseAlarms: 0.04, anyFalseAlarm: 0.24 },
};

describe('test halves of the real datasets (tests/fixtures/corpus/eval/test)', () => {
  const test = loadCorpusDir('eval/test');

  it('covers every dataset with a floor', () => {
    expect([...test.keys()].sort()).toEqual(Object.keys(floors).sort());
  });

  for (const [name, rows] of test) {
    const floor = floors[name]!;
    it(`${name}: ${floor.category} recall ≥ ${floor.recall}, false alarms ≤ ${floor.falseAlarms}`, () => {
      const result = evaluate(rows);
      expect(result.recall[floor.category]!.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(result.falseAlarmsByCategory[floor.category]!.rate).toBeLessThanOrEqual(floor.falseAlarms);
      expect(result.falseAlarms.rate).toBeLessThanOrEqual(floor.anyFalseAlarm);
    });
  }
});

type HeldOutFloors = Record<'en' | 'it', { recall: Partial<Record<CategoryId, number>>; quietClean: number }>;

/**
 * One test per file of a held-out folder: recall per floored category, and the share of its clean
 * posts (as `isClean` says) left with no warning. The failure message names no row: these posts are
 * scored, not read while tuning.
 */
function floorHeldOut(folder: string, floors: HeldOutFloors, isClean: (row: CorpusRow) => boolean) {
  describe(`${folder} posts (tests/fixtures/corpus/${folder})`, () => {
    for (const [name, rows] of loadCorpusDir(folder)) {
      const floor = floors[rows[0]!.lang];
      it(`${name}: recall per category and clean posts left quiet stay at their floors`, () => {
        const result = evaluate(rows);
        for (const [category, recall] of Object.entries(floor.recall)) {
          expect(result.recall[category as CategoryId]!.recall, category).toBeGreaterThanOrEqual(recall);
        }
        expect(1 - evaluate(rows.filter(isClean)).falseAlarms.rate).toBeGreaterThanOrEqual(floor.quietClean);
      });
    }
  });
}

/**
 * The blind posts, written from the category definitions by an author who never saw the rules or the
 * model, and never edited to fit them. Clean posts forbid every category.
 */
floorHeldOut(
  'blind',
  {
    en: { recall: { 'self-promotion': 0.68, inappropriate: 0.68, confidential: 0.93, length: 0.93, 'reader-value': 0.93 }, quietClean: 0.95 },
    it: { recall: { 'self-promotion': 0.75, inappropriate: 0.8, confidential: 0.93, length: 0.93, 'reader-value': 0.93 }, quietClean: 0.92 },
  },
  (row) => row.forbid.length === categoryIds.length,
);

/**
 * The fresh posts: a second, larger blind set, written like the training posts and kept out of
 * training. Categories with fewer than ten positives are not floored (one post would move them by ten
 * points); clean posts expect nothing and forbid at least four categories (a long post leaves
 * `length` free).
 */
floorHeldOut(
  'fresh',
  {
    en: { recall: { 'self-promotion': 0.84, inappropriate: 0.66, confidential: 0.78, 'reader-value': 0.95 }, quietClean: 0.9 },
    it: { recall: { 'self-promotion': 0.93, inappropriate: 0.77, confidential: 0.76, 'reader-value': 0.95 }, quietClean: 0.9 },
  },
  (row) => !row.expect.length && row.forbid.length >= categoryIds.length - 1,
);
