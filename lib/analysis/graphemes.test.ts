import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, graphemeStarts, snapToGraphemes } from './graphemes';

const reference = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.index);

describe('graphemeStarts', () => {
  it('agrees with Intl.Segmenter on any text, chunked or not', () => {
    const pieces = fc.constantFrom('a', ' ', '\r\n', '\r', '\n', 'e\u0301', '👩🏽‍💻', '🇮🇹', '\u200d', '\ud83d', 'ß', 'x'.repeat(600), '한국어', '’', '“', '—', '…', '€', '‼\uFE0F', '⁉', '\u2028', '\u200b', '\u0301');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect([...graphemeStarts(text)]).toEqual(reference(text));
        expect(countGraphemes(text)).toBe(reference(text).length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a long single line (where Intl.Segmenter alone slows to a crawl)', () => {
    const piece = 'Plain words and an emoji 👍🏽 now and then, ';
    expect(countGraphemes(piece.repeat(2000))).toBe(reference(piece).length * 2000);
  });
});

describe('snapToGraphemes', () => {
  it('widens a span that would split an emoji or an accent', () => {
    const text = 'ok 👩🏽‍💻 e\u0301 done';
    const emoji = text.indexOf('👩');
    expect(snapToGraphemes(text, emoji + 1, emoji + 3)).toEqual({ start: emoji, end: emoji + '👩🏽‍💻'.length });
    const accent = text.indexOf('e\u0301');
    expect(snapToGraphemes(text, accent, accent + 1)).toEqual({ start: accent, end: accent + 2 });
    expect(snapToGraphemes(text, 0, 2)).toEqual({ start: 0, end: 2 });
  });
});
