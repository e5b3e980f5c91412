import { expect, it } from 'vitest';
import { keepDisjoint } from './spans';

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
