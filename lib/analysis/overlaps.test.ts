import { describe, expect, it } from 'vitest';
import { dropOverlaps } from './overlaps';

describe('dropOverlaps', () => {
  it('keeps the longest of matches starting together and drops those inside it', () => {
    const kept = dropOverlaps([
      { start: 7, end: 14, id: 'mindset' },
      { start: 0, end: 14, id: 'growth mindset' },
      { start: 0, end: 6, id: 'growth' },
      { start: 20, end: 25, id: 'later' },
    ]);
    expect(kept.map((match) => match.id)).toEqual(['growth mindset', 'later']);
  });

  it('keeps matches that only touch', () => {
    expect(dropOverlaps([{ start: 5, end: 9 }, { start: 0, end: 5 }])).toEqual([{ start: 0, end: 5 }, { start: 5, end: 9 }]);
  });

  it('returns nothing for nothing', () => {
    expect(dropOverlaps([])).toEqual([]);
  });
});
