import fc from 'fast-check';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, platformIds, ReportSchema, type PlatformId } from './index';

/** Pieces that break naive text code: surrogates, joiners, marks, RTL, emoji sequences, CR LF. */
const awkward = [
  '\uD83D', '\uDE00', '\u200D', '\u200B', '\u200E', '\u202E', '\uFEFF', '\u0301', 'e\u0301', '\r\n', '\n\n',
  '👩🏽‍💻', '🇮🇹', '1️⃣', '👨‍👩‍👧‍👦', 'مرحبا بالعالم', 'שלום', '漢字', 'ｆｕｌｌ', '#', '@', 'https://example.com/a?b=c',
  'AKIA', 'IT60X0542811101000000123456', '4111 1111 1111 1111', '!!!', '???', 'NASA', 'sh*t', '.', '?', ' ',
];
const draft = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...awkward), fc.string({ maxLength: 12 }), fc.lorem({ maxCount: 8 })), { maxLength: 60 }).map((parts) => parts.join(' ')),
);
const platform = fc.constantFrom(...platformIds);
const strict = () => createAnalyzer(undefined, { throwRuleErrors: true });

let segmenter: Intl.Segmenter | undefined;
function graphemeBoundaries(text: string): Set<number> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const boundaries = new Set([text.length]);
  for (const { index } of segmenter.segment(text)) boundaries.add(index);
  return boundaries;
}

function countAsPlatform(text: string, id: PlatformId): number | undefined {
  if (id === 'x') return twitter.parseTweet(text).weightedLength;
  if (id === 'bluesky' || id === 'generic') return graphemeBoundaries(text).size - 1;
  if (id === 'mastodon') return undefined; // URLs and remote mentions: covered by max-length's tests
  return text.length;
}

describe('analyze on any input', () => {
  it('never throws, and gives a report that matches its schema', () => {
    fc.assert(
      fc.property(draft, platform, fc.constantFrom('en', 'it', undefined), (text, id, language) => {
        const report = strict().analyze(text, { platform: id, language });
        expect(ReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every span inside the text and on grapheme boundaries', () => {
    fc.assert(
      fc.property(draft, platform, (text, id) => {
        const boundaries = graphemeBoundaries(text);
        for (const { span } of strict().analyze(text, { platform: id }).findings) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
          expect(boundaries.has(span.start) && boundaries.has(span.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic, and a warm analyzer agrees with a fresh one after every edit', () => {
    const warm = strict();
    fc.assert(
      fc.property(draft, fc.nat(), fc.string({ maxLength: 3 }), platform, (text, at, insert, id) => {
        const edited = text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1));
        warm.analyze(text, { platform: id });
        expect(warm.analyze(edited, { platform: id })).toEqual(strict().analyze(edited, { platform: id }));
        expect(analyze(edited, { platform: id })).toEqual(analyze(edited, { platform: id }));
      }),
      { numRuns: 200 },
    );
  });

  it('counts characters the way each platform counts', () => {
    fc.assert(
      fc.property(draft, platform, (text, id) => {
        const expected = countAsPlatform(text, id);
        if (expected === undefined) return;
        expect(strict().analyze(text, { platform: id }).stats.characters).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('copes with a 100,000-character paste', () => {
    const paste = ('Our Q3 plan, step by step. Email me at anna.rossi@gmail.com!!! 👩🏽‍💻 ' + 'word '.repeat(40) + '\n').repeat(400).slice(0, 100_000);
    const report = strict().analyze(paste, { platform: 'linkedin' });
    expect(report.stats.characters).toBe(100_000);
    expect(report.categories.length).toBe('error');
  });
});
