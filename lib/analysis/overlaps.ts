import type { Match } from './lexicon';

/**
 * Matches from several lexicons in text order, keeping the first and longest where they overlap, so
 * "growth mindset" counts once and not also as "mindset". Sorts `matches` in place.
 */
export function dropOverlaps<T extends Pick<Match, 'start' | 'end'>>(matches: T[]): T[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  let reachedEnd = 0;
  return matches.filter((match) => {
    if (match.start < reachedEnd) return false;
    reachedEnd = match.end;
    return true;
  });
}
