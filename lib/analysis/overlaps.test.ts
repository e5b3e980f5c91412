import { describe, expect, it } from 'vitest';
import { keepDisjoint, mergeOverlapping } from './overlaps';

describe('keepDisjoint', () => {
  it('keeps the longest of matches starting together and drops those inside it', () => {
    const kept = keepDisjoint([
      { start: 7, end: 14, id: 'mindset' },
      { start: 0, end: 14, id: 'growth mindset' },
      { start: 0, end: 6, id: 'growth' },
      { start: 20, end: 25, id: 'later' },
    ]);
    expect(kept.map((match) => match.id)).toEqual(['growth mindset', 'later']);
  });

  it('keeps matches that only touch', () => {
    expect(keepDisjoint([{ start: 5, end: 9 }, { start: 0, end: 5 }])).toEqual([{ start: 0, end: 5 }, { start: 5, end: 9 }]);
  });

  it('returns nothing for nothing', () => {
    expect(keepDisjoint([])).toEqual([]);
  });
});

describe('keepDisjoint with ranks', () => {
  it('keeps the best-ranked of overlapping spans, in text order', () => {
    const kept = keepDisjoint([
      { start: 10, end: 30, rank: 2, id: 'url' },
      { start: 15, end: 25, rank: 1, id: 'token' },
      { start: 0, end: 5, rank: 3, id: 'phone' },
      { start: 28, end: 40, rank: 3, id: 'tail' },
    ]);
    expect(kept.map((span) => span.id)).toEqual(['phone', 'token', 'tail']);
  });

  it('prefers the longer span at equal rank and start', () => {
    const kept = keepDisjoint([
      { start: 0, end: 4, rank: 1, id: 'short' },
      { start: 0, end: 9, rank: 1, id: 'long' },
    ]);
    expect(kept.map((span) => span.id)).toEqual(['long']);
  });
});

const text = 'please subscribe to my channel today';
const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};

describe('mergeOverlapping', () => {
  it('joins overlapping matches into their union', () => {
    expect(mergeOverlapping(text, [at('subscribe to my channel'), at('please subscribe')])).toEqual([
      at('please subscribe to my channel'),
    ]);
  });

  it('keeps separate matches apart, in text order', () => {
    expect(mergeOverlapping(text, [at('today'), at('please')])).toEqual([at('please'), at('today')]);
  });

  it('keeps a match inside another as the outer one', () => {
    expect(mergeOverlapping(text, [at('to my'), at('subscribe to my channel')])).toEqual([at('subscribe to my channel')]);
  });

  it('does not change its input', () => {
    const input = [at('please subscribe'), at('subscribe to')];
    mergeOverlapping(text, input);
    expect(input).toEqual([at('please subscribe'), at('subscribe to')]);
  });
});
