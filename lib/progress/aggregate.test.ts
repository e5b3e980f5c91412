import { describe, expect, it } from 'vitest';
import { daySeries, streaks, topRules, weekOnWeek } from './aggregate';
import { addDays } from './dates';
import { draftEntry } from './entry';
import { recordDraft } from './record';
import { emptyHistory, type History } from './schema';
import { seededHistory } from './testing';

const hardSell = { ruleId: 'no-hard-sell', category: 'self-promotion', severity: 'warning' } as const;
const takeaway = { ruleId: 'require-takeaway', category: 'reader-value', severity: 'info' } as const;
const buzzwords = { ruleId: 'no-buzzwords', category: 'reader-value', severity: 'warning' } as const;
const today = '2026-03-15';

/** Records drafts (lists of findings) on the day `offset` days before `today`. */
function withDrafts(history: History, offset: number, drafts: Parameters<typeof draftEntry>[0][]): History {
  for (const findings of drafts) history = recordDraft(history, draftEntry(findings, `d${offset}x${history.recent.length}${Math.random().toString(36).slice(2, 8)}`, 'left'), addDays(today, -offset));
  return history;
}

describe('daySeries', () => {
  it('gives one entry per calendar day of the period, oldest first, with empty days', () => {
    let history = withDrafts(emptyHistory(), 0, [[hardSell], []]);
    history = withDrafts(history, 3, [[takeaway]]);
    history = withDrafts(history, 10, [[hardSell]]);
    const series = daySeries(history, today, 7);
    expect(series.map((day) => day.date)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    expect(series.map((day) => day.drafts)).toEqual([0, 0, 0, 1, 0, 0, 2]);
    expect(series.map((day) => day.averageScore)).toEqual([null, null, null, 97, null, null, 96]);
    expect(series[6]!.findings).toEqual({ 'self-promotion': 1, inappropriate: 0, confidential: 0, length: 0, 'reader-value': 0 });
  });
});

describe('topRules', () => {
  it('sums the rules of the period only, most first', () => {
    let history = withDrafts(emptyHistory(), 0, [[hardSell, buzzwords], [buzzwords, takeaway]]);
    history = withDrafts(history, 6, [[takeaway, buzzwords]]);
    history = withDrafts(history, 20, [[hardSell, hardSell, hardSell, hardSell]]);
    expect(topRules(history, today, 7)).toEqual([
      { ruleId: 'no-buzzwords', count: 3 },
      { ruleId: 'require-takeaway', count: 2 },
      { ruleId: 'no-hard-sell', count: 1 },
    ]);
    expect(topRules(history, today, 30, 1)).toEqual([{ ruleId: 'no-hard-sell', count: 5 }]);
  });
});

describe('streaks', () => {
  it('counts posts in a row with no warning or error (tips are fine), across days', () => {
    let history = withDrafts(emptyHistory(), 5, [[], [takeaway], [hardSell], [], []]);
    history = withDrafts(history, 4, [[takeaway], []]);
    expect(streaks(history)).toEqual({ current: 4, best: 4 });
    history = withDrafts(history, 0, [[buzzwords], []]);
    expect(streaks(history)).toEqual({ current: 1, best: 4 });
    expect(streaks(emptyHistory())).toEqual({ current: 0, best: 0 });
  });
});

describe('weekOnWeek', () => {
  it('says what improved and what got worse, per draft, against the week before', () => {
    // Last week: 4 drafts with 2 hard sells each; this week: 4 drafts, one hard sell in all, more buzzwords.
    let history = withDrafts(emptyHistory(), 9, [[hardSell, hardSell], [hardSell, hardSell], [hardSell, hardSell], [hardSell, hardSell, takeaway]]);
    history = withDrafts(history, 2, [[hardSell], [buzzwords], [takeaway], [buzzwords]]);
    const result = weekOnWeek(history, today);
    expect(result.comparable).toBe(true);
    expect(result.thisWeek.drafts).toBe(4);
    expect(result.improved).toEqual([
      { subject: 'score', from: (84 * 3 + 81) / 4, to: (92 + 92 + 97 + 92) / 4 },
      { subject: 'category', category: 'self-promotion', from: 2, to: 0.25 },
      { subject: 'rule', ruleId: 'no-hard-sell', from: 2, to: 0.25 },
    ]);
    expect(result.worse).toEqual([
      { subject: 'category', category: 'reader-value', from: 0.25, to: 0.75 },
      { subject: 'rule', ruleId: 'no-buzzwords', from: 0, to: 0.5 },
    ]);
  });

  it('compares nothing when either week has too few drafts', () => {
    const history = withDrafts(emptyHistory(), 1, [[hardSell], [], [], []]);
    expect(weekOnWeek(history, today)).toMatchObject({ comparable: false, improved: [], worse: [] });
  });

  it('sees the seeded learner drop self-promotion', () => {
    const result = weekOnWeek(seededHistory(today, { days: 35 }), today);
    expect(result.comparable).toBe(true);
    expect(topRules(seededHistory(today), today, 90).length).toBeGreaterThan(2);
    const earlyRate = weekOnWeek(seededHistory(today), addDays(today, -21)).thisWeek.perDraft['self-promotion'];
    expect(result.thisWeek.perDraft['self-promotion']).toBeLessThan(earlyRate);
  });
});
