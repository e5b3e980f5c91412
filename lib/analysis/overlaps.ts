import type { Match } from './lexicon';

/** A candidate finding: where it is and how sure its detector is (lower rank = more specific; none = 0). */
export interface RankedSpan {
  start: number;
  end: number;
  rank?: number;
}

/**
 * When several detectors claim the same text (a token inside a URL, a card number that also looks like
 * a phone, "growth mindset" and "mindset"), keeps the most specific claim — then the earliest and
 * longest — and drops those overlapping it. Spans that only touch both stay. Returns them in text order.
 */
export function keepDisjoint<T extends RankedSpan>(candidates: readonly T[]): T[] {
  const byPreference = [...candidates].sort(
    (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const kept: T[] = [];
  for (const candidate of byPreference) {
    // Binary search for the first kept span that starts at or after the candidate.
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (kept[middle]!.start < candidate.start) low = middle + 1;
      else high = middle;
    }
    const before = kept[low - 1];
    const after = kept[low];
    if (before && before.end > candidate.start) continue;
    if (after && after.start < candidate.end) continue;
    kept.splice(low, 0, candidate);
  }
  return kept;
}

/**
 * Joins matches that overlap into one match over their union, in text order, so several lexicon
 * entries hitting one phrase ("please subscribe" and "subscribe to my channel") give one finding
 * that shows the whole phrase.
 */
export function mergeOverlapping(text: string, matches: readonly Match[]): Match[] {
  const merged: Match[] = [];
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) {
      last.end = Math.max(last.end, match.end);
      last.text = text.slice(last.start, last.end);
    } else {
      merged.push({ ...match });
    }
  }
  return merged;
}
