import { describe, expect, it } from 'vitest';
import { addDays, dateKey, daysBetween } from './dates';
import { draftEntry } from './entry';
import { pruneHistory, recordDraft } from './record';
import { ruleIds, categoryIds } from '../analysis/ids';
import { emptyHistory, HistorySchema, MAX_DAYS, MAX_POSTS_PER_DAY, MAX_RECENT_DRAFTS, type DraftEntry, type History } from './schema';

const hardSell = { ruleId: 'no-hard-sell', category: 'self-promotion', severity: 'warning' } as const;
const teaser = { ruleId: 'no-teaser', category: 'reader-value', severity: 'warning' } as const;
const takeaway = { ruleId: 'require-takeaway', category: 'reader-value', severity: 'info' } as const;
const leak = { ruleId: 'no-personal-data', category: 'confidential', severity: 'error' } as const;

const entry = (draftId: string, findings: Parameters<typeof draftEntry>[0], outcome: DraftEntry['outcome'] = 'left') => draftEntry(findings, draftId, outcome);

describe('draftEntry', () => {
  it('keeps counts per rule and category, the score and the worst severity', () => {
    expect(entry('abcdef', [hardSell, hardSell, takeaway])).toEqual({
      draftId: 'abcdef',
      outcome: 'left',
      score: 100 - 16 - 3,
      worst: 'warning',
      rules: { 'no-hard-sell': 2, 'require-takeaway': 1 },
      categories: { 'self-promotion': 2, 'reader-value': 1 },
    });
    expect(entry('abcdef', [])).toMatchObject({ score: 100, worst: 'ok', rules: {}, categories: {} });
  });
});

describe('recordDraft', () => {
  it('sums a day: drafts checked, findings per category and rule, each draft as a post', () => {
    let history = recordDraft(emptyHistory(), entry('draft1', [hardSell, teaser]), '2026-03-02');
    history = recordDraft(history, entry('draft2', [teaser, takeaway], 'published'), '2026-03-02');
    history = recordDraft(history, entry('draft3', []), '2026-03-03');
    expect(HistorySchema.parse(history)).toEqual(history);
    expect(history.days).toEqual([
      {
        date: '2026-03-02',
        drafts: 2,
        published: 1,
        categories: { 'self-promotion': 1, 'reader-value': 3 },
        rules: { 'no-hard-sell': 1, 'no-teaser': 2, 'require-takeaway': 1 },
        posts: [
          { score: 84, worst: 'warning', published: false },
          { score: 89, worst: 'warning', published: true },
        ],
      },
      { date: '2026-03-03', drafts: 1, published: 0, categories: {}, rules: {}, posts: [{ score: 100, worst: 'ok', published: false }] },
    ]);
  });

  it('counts a draft once when it is left again or published: its latest counts replace the earlier ones', () => {
    let history = recordDraft(emptyHistory(), entry('draft1', [hardSell, hardSell, leak]), '2026-03-02');
    history = recordDraft(history, entry('draft2', [teaser]), '2026-03-02');
    history = recordDraft(history, entry('draft1', [takeaway]), '2026-03-02');
    history = recordDraft(history, entry('draft1', [takeaway], 'published'), '2026-03-02');
    // Left again after publishing (the box blurs): still published.
    history = recordDraft(history, entry('draft1', [takeaway]), '2026-03-02');
    const [day] = history.days;
    expect(day).toMatchObject({ drafts: 2, published: 1, categories: { 'reader-value': 2 }, rules: { 'require-takeaway': 1, 'no-teaser': 1 } });
    expect(day!.posts).toEqual([
      { score: 97, worst: 'info', published: true },
      { score: 92, worst: 'warning', published: false },
    ]);
  });

  it('replaces a draft left again after midnight in the day it was first recorded', () => {
    let history = recordDraft(emptyHistory(), entry('draft1', [hardSell]), '2026-03-02');
    history = recordDraft(history, entry('draft1', []), '2026-03-03');
    expect(history.days).toHaveLength(1);
    expect(history.days[0]).toMatchObject({ date: '2026-03-02', drafts: 1, categories: {}, rules: {}, posts: [{ score: 100 }] });
  });

  it('keeps at most MAX_POSTS_PER_DAY posts a day (the latest), while still counting every draft', () => {
    let history = emptyHistory();
    for (let i = 0; i < MAX_POSTS_PER_DAY + 5; i += 1) history = recordDraft(history, entry(`draft${i}`, i < 5 ? [leak] : []), '2026-03-02');
    const [day] = history.days;
    expect(day!.drafts).toBe(MAX_POSTS_PER_DAY + 5);
    expect(day!.posts).toHaveLength(MAX_POSTS_PER_DAY);
    expect(day!.posts.every((post) => post.worst === 'ok')).toBe(true);
    expect(history.recent).toHaveLength(MAX_RECENT_DRAFTS);
    // The latest drafts are remembered, and replacing one of them changes its own post.
    history = recordDraft(history, entry(`draft${MAX_POSTS_PER_DAY + 4}`, [leak]), '2026-03-02');
    expect(history.days[0]!.posts.at(-1)).toEqual({ score: 85, worst: 'error', published: false });
    expect(history.days[0]!.posts.at(-2)!.worst).toBe('ok');
  });

  it('keeps a year: a day MAX_DAYS days old is dropped, with the drafts remembered from it', () => {
    const today = '2027-01-10';
    let history = emptyHistory();
    for (let offset = MAX_DAYS + 30; offset >= 1; offset -= 1) history = recordDraft(history, entry(`d${String(offset).padStart(5, '0')}`, [hardSell]), addDays(today, -offset));
    history = recordDraft(history, entry('today1', []), today);
    expect(history.days).toHaveLength(MAX_DAYS);
    expect(history.days[0]!.date).toBe(addDays(today, -(MAX_DAYS - 1)));
    expect(history.days.at(-1)!.date).toBe(today);
    expect(HistorySchema.safeParse(history).success).toBe(true);
    expect(history.recent.every((contribution) => daysBetween(contribution.date, today) < MAX_DAYS)).toBe(true);
    // A year later, a single write leaves only that day.
    expect(pruneHistory(history, addDays(today, MAX_DAYS)).days.map((day) => day.date)).toEqual([]);
  });
});

describe('the stored size', () => {
  it('stays under 2.5 MB for a full year with every limit reached, and a write keeps it there', () => {
    const today = '2027-01-10';
    const everyRule = Object.fromEntries(ruleIds.map((id) => [id, 9_999]));
    const everyCategory = Object.fromEntries(categoryIds.map((id) => [id, 9_999]));
    const full: History = {
      days: Array.from({ length: MAX_DAYS }, (_, index) => ({
        date: addDays(today, index - MAX_DAYS + 1),
        drafts: 9_999,
        published: 9_999,
        categories: everyCategory,
        rules: everyRule,
        posts: Array.from({ length: MAX_POSTS_PER_DAY }, () => ({ score: 100, worst: 'warning' as const, published: true })),
      })),
      recent: Array.from({ length: MAX_RECENT_DRAFTS }, (_, index) => ({
        draftId: `draft${String(index).padStart(4, '0')}`,
        date: today,
        sequence: index,
        published: true,
        score: 100,
        worst: 'warning' as const,
        rules: everyRule,
        categories: everyCategory,
      })),
    };
    expect(HistorySchema.safeParse(full).success).toBe(true);
    const bytes = (history: History) => new TextEncoder().encode(JSON.stringify(history)).length;
    expect(bytes(full)).toBeLessThan(2_500_000);
    const next = recordDraft(full, entry('anotherdraft', [hardSell, leak]), addDays(today, 1));
    expect(next.days).toHaveLength(MAX_DAYS);
    expect(next.recent).toHaveLength(MAX_RECENT_DRAFTS);
    expect(bytes(next)).toBeLessThanOrEqual(bytes(full));
  });
});

describe('dates', () => {
  it('uses the local calendar day and counts days across months and leap years', () => {
    expect(dateKey(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
  });
});
