import { categoryIds, type CategoryId } from '../analysis/ids';
import { addDays } from './dates';
import type { Day, History } from './schema';

/** The periods the dashboard offers. */
export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];

export interface DaySummary {
  date: string;
  drafts: number;
  /** The average score of the day's drafts, or null on a day without drafts. */
  averageScore: number | null;
  findings: Record<CategoryId, number>;
}

const zeroCategories = () => Object.fromEntries(categoryIds.map((category) => [category, 0])) as Record<CategoryId, number>;

const average = (values: readonly number[]): number | null => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** The `period` days up to `today`, oldest first, one entry per calendar day (days without drafts included). */
export function daySeries(history: History, today: string, period: number): DaySummary[] {
  const byDate = new Map(history.days.map((day) => [day.date, day]));
  return Array.from({ length: period }, (_, index) => {
    const date = addDays(today, index - period + 1);
    const day = byDate.get(date);
    return {
      date,
      drafts: day?.drafts ?? 0,
      averageScore: day ? average(day.posts.map((post) => post.score)) : null,
      findings: { ...zeroCategories(), ...day?.categories },
    };
  });
}

function daysIn(history: History, today: string, period: number): Day[] {
  const first = addDays(today, -period + 1);
  return history.days.filter((day) => day.date >= first && day.date <= today);
}

export interface RuleCount {
  ruleId: string;
  count: number;
}

/** The rules hit most often in the `period` days up to `today`, most first (ties by id, so the order is stable). */
export function topRules(history: History, today: string, period: number, limit = 5): RuleCount[] {
  const totals = new Map<string, number>();
  for (const day of daysIn(history, today, period)) {
    for (const [ruleId, count] of Object.entries(day.rules)) totals.set(ruleId, (totals.get(ruleId) ?? 0) + count);
  }
  return [...totals]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1))
    .slice(0, limit);
}

export interface Streaks {
  /** Posts in a row with no warning or error, up to the latest. */
  current: number;
  /** The longest such run in the history. */
  best: number;
}

/** Streaks of posts with no warning (tips are fine), over the whole history in order. */
export function streaks(history: History): Streaks {
  let current = 0;
  let best = 0;
  for (const day of history.days) {
    for (const post of day.posts) {
      current = post.worst === 'ok' || post.worst === 'info' ? current + 1 : 0;
      best = Math.max(best, current);
    }
  }
  return { current, best };
}

export interface WeekTotals {
  drafts: number;
  averageScore: number | null;
  /** Findings per draft, by category and by rule. */
  perDraft: Record<CategoryId, number>;
  rulesPerDraft: Record<string, number>;
}

function weekTotals(days: readonly Day[]): WeekTotals {
  const drafts = days.reduce((sum, day) => sum + day.drafts, 0);
  const perDraft = zeroCategories();
  const rulesPerDraft: Record<string, number> = {};
  for (const day of days) {
    for (const category of categoryIds) perDraft[category] += day.categories[category] ?? 0;
    for (const [ruleId, count] of Object.entries(day.rules)) rulesPerDraft[ruleId] = (rulesPerDraft[ruleId] ?? 0) + count;
  }
  if (drafts > 0) {
    for (const category of categoryIds) perDraft[category] /= drafts;
    for (const ruleId of Object.keys(rulesPerDraft)) rulesPerDraft[ruleId]! /= drafts;
  }
  return { drafts, averageScore: average(days.flatMap((day) => day.posts.map((post) => post.score))), perDraft, rulesPerDraft };
}

/** One thing that changed from last week to this week; `from` and `to` are findings per draft, or the average score. */
export type Change =
  | { subject: 'score'; from: number; to: number }
  | { subject: 'category'; category: CategoryId; from: number; to: number }
  | { subject: 'rule'; ruleId: string; from: number; to: number };

export interface WeekOnWeek {
  thisWeek: WeekTotals;
  lastWeek: WeekTotals;
  /** False when either week has fewer than MIN_DRAFTS_TO_COMPARE drafts: then nothing is said about change. */
  comparable: boolean;
  improved: Change[];
  worse: Change[];
}

/** Fewer drafts than this in a week say nothing about a habit. */
export const MIN_DRAFTS_TO_COMPARE = 3;
/** A change smaller than this (findings per draft) is noise. */
const MIN_RATE_CHANGE = 0.1;
/** A change of the average score smaller than this is noise. */
const MIN_SCORE_CHANGE = 2;

/**
 * What improved (and what got worse) in the last 7 days up to `today` against the 7 before: the
 * average score, findings per draft in each category, and the rule that changed most each way.
 * Rates per draft, so writing more posts is not mistaken for making more mistakes.
 */
export function weekOnWeek(history: History, today: string): WeekOnWeek {
  const thisWeek = weekTotals(daysIn(history, today, 7));
  const lastWeek = weekTotals(daysIn(history, addDays(today, -7), 7));
  const comparable = thisWeek.drafts >= MIN_DRAFTS_TO_COMPARE && lastWeek.drafts >= MIN_DRAFTS_TO_COMPARE;
  const improved: Change[] = [];
  const worse: Change[] = [];
  if (!comparable) return { thisWeek, lastWeek, comparable, improved, worse };

  const scoreFrom = lastWeek.averageScore ?? 0;
  const scoreTo = thisWeek.averageScore ?? 0;
  if (Math.abs(scoreTo - scoreFrom) >= MIN_SCORE_CHANGE) (scoreTo > scoreFrom ? improved : worse).push({ subject: 'score', from: scoreFrom, to: scoreTo });

  const categoryChanges = categoryIds
    .map((category) => ({ subject: 'category' as const, category, from: lastWeek.perDraft[category], to: thisWeek.perDraft[category] }))
    .filter(({ from, to }) => Math.abs(to - from) >= MIN_RATE_CHANGE)
    .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
  improved.push(...categoryChanges.filter(({ from, to }) => to < from));
  worse.push(...categoryChanges.filter(({ from, to }) => to > from));

  const ruleIds = new Set([...Object.keys(thisWeek.rulesPerDraft), ...Object.keys(lastWeek.rulesPerDraft)]);
  const ruleChanges = [...ruleIds]
    .sort()
    .map((ruleId) => ({ subject: 'rule' as const, ruleId, from: lastWeek.rulesPerDraft[ruleId] ?? 0, to: thisWeek.rulesPerDraft[ruleId] ?? 0 }))
    .filter(({ from, to }) => Math.abs(to - from) >= MIN_RATE_CHANGE);
  const mostImproved = ruleChanges.filter(({ from, to }) => to < from).sort((a, b) => b.from - b.to - (a.from - a.to))[0];
  const mostWorse = ruleChanges.filter(({ from, to }) => to > from).sort((a, b) => b.to - b.from - (a.to - a.from))[0];
  if (mostImproved) improved.push(mostImproved);
  if (mostWorse) worse.push(mostWorse);
  return { thisWeek, lastWeek, comparable, improved, worse };
}
