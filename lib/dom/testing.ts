import { expect } from 'vitest';
import type { DraftText } from './read-draft';

/**
 * Checks `rangeFor(start, end)` against `text.slice(start, end)` for the ranges of a draft read
 * from a contenteditable: the range's DOM text must be the slice without its "\n"s, which are line
 * breaks between blocks or `<br>`s and have no DOM text. Valid for drafts whose text nodes hold no
 * "\n" and no emoji images (their alt text has no DOM text either). Short drafts are checked on
 * every range; longer ones on every range up to 24 characters and every pair of sampled offsets
 * (every 7th, and each side of every line break), which keeps it quadratic only in the sample.
 * Returns how many ranges were checked.
 */
export function expectEveryRangeToMatch(draft: DraftText): number {
  const { text, map } = draft;
  expect(map.kind).toBe('contenteditable');
  const check = (start: number, end: number) => {
    const range = map.rangeFor(start, end);
    const expected = text.slice(start, end).replaceAll('\n', '');
    // One precise failure message instead of thousands of assertions.
    if (range?.toString() !== expected) {
      expect(range?.toString(), `rangeFor(${start}, ${end}) of ${JSON.stringify(text)}`).toBe(expected);
    }
  };
  let checked = 0;
  if (text.length <= 120) {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++, checked++) check(start, end);
    }
    return checked;
  }
  for (let start = 0; start <= text.length; start++) {
    for (let end = start; end <= Math.min(text.length, start + 24); end++, checked++) check(start, end);
  }
  const sample = new Set([0, text.length]);
  for (let offset = 0; offset <= text.length; offset++) {
    if (offset % 7 === 0 || text[offset] === '\n' || text[offset - 1] === '\n') sample.add(offset);
  }
  const offsets = [...sample].sort((a, b) => a - b);
  for (const start of offsets) {
    for (const end of offsets) {
      if (end <= start + 24) continue; // already checked above
      check(start, end);
      checked++;
    }
  }
  return checked;
}
