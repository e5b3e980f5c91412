/** A candidate finding: where it is and how sure its detector is (lower rank = more specific). */
export interface RankedSpan {
  start: number;
  end: number;
  rank: number;
}

/**
 * When several detectors claim the same text (a token inside a URL, a card number that also looks like
 * a phone), keeps the most specific claim and drops those overlapping it. Returns the kept ones in text order.
 */
export function keepDisjoint<T extends RankedSpan>(candidates: readonly T[]): T[] {
  const byPreference = [...candidates].sort(
    (a, b) => a.rank - b.rank || a.start - b.start || b.end - b.start - (a.end - a.start),
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
