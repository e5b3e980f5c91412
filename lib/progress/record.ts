import { addDays, daysBetween } from './dates';
import { MAX_DAYS, MAX_POSTS_PER_DAY, MAX_RECENT_DRAFTS, type Contribution, type Day, type DraftEntry, type History } from './schema';

type Counts = Partial<Record<string, number>>;

function addCounts(target: Counts, counts: Counts, sign: 1 | -1): Counts {
  const result: Counts = { ...target };
  for (const [key, value] of Object.entries(counts)) {
    const next = (result[key] ?? 0) + sign * (value ?? 0);
    if (next > 0) result[key] = next;
    else delete result[key];
  }
  return result;
}

const emptyDay = (date: string): Day => ({ date, drafts: 0, published: 0, categories: {}, rules: {}, posts: [] });

/**
 * Adds a draft to the history of `today` (a local `YYYY-MM-DD`). A draft already recorded (the same
 * random id: left again after more editing, or published after it was left) replaces its earlier
 * counts in the day it was first recorded, so each draft counts once, with its latest score.
 * Returns a new history, bounded: MAX_DAYS days, MAX_POSTS_PER_DAY posts a day, MAX_RECENT_DRAFTS
 * drafts remembered.
 */
export function recordDraft(history: History, entry: DraftEntry, today: string): History {
  const previous = history.recent.find((contribution) => contribution.draftId === entry.draftId);
  const replaces = previous !== undefined && history.days.some((day) => day.date === previous.date);
  const date = replaces ? previous.date : today;
  let day = { ...(history.days.find((candidate) => candidate.date === date) ?? emptyDay(date)) };
  day.posts = [...day.posts];

  let sequence: number;
  let published = entry.outcome === 'published';
  if (replaces) {
    day.categories = addCounts(day.categories, previous.categories, -1);
    day.rules = addCounts(day.rules, previous.rules, -1) as Day['rules'];
    if (previous.published) day.published -= 1;
    published ||= previous.published;
    sequence = previous.sequence;
    // posts keeps the day's latest drafts: the first of them is draft number drafts - posts.length.
    const index = sequence - (day.drafts - day.posts.length);
    if (index >= 0 && index < day.posts.length) day.posts[index] = { score: entry.score, worst: entry.worst, published };
  } else {
    sequence = day.drafts;
    day.drafts += 1;
    day.posts.push({ score: entry.score, worst: entry.worst, published });
    if (day.posts.length > MAX_POSTS_PER_DAY) day.posts.shift();
  }
  day.categories = addCounts(day.categories, entry.categories, 1);
  day.rules = addCounts(day.rules, entry.rules, 1) as Day['rules'];
  if (published) day.published += 1;

  const contribution: Contribution = {
    draftId: entry.draftId,
    date,
    sequence,
    published,
    score: entry.score,
    worst: entry.worst,
    rules: entry.rules,
    categories: entry.categories,
  };
  const days = [...history.days.filter((candidate) => candidate.date !== date), day].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const recent = [contribution, ...history.recent.filter((known) => known.draftId !== entry.draftId)].slice(0, MAX_RECENT_DRAFTS);
  return pruneHistory({ days, recent }, today);
}

/** Drops days more than a year before `today` (and, whatever the clock says, keeps at most MAX_DAYS). */
export function pruneHistory(history: History, today: string): History {
  const oldest = addDays(today, -(MAX_DAYS - 1));
  const days = history.days.filter((day) => daysBetween(oldest, day.date) >= 0).slice(-MAX_DAYS);
  const kept = new Set(days.map((day) => day.date));
  return { days, recent: history.recent.filter((contribution) => kept.has(contribution.date)) };
}
