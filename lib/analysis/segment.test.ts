import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLineCache, segment, sentenceSegments } from './segment';

describe('segment', () => {
  it('splits lines, paragraphs and sentences with absolute offsets', () => {
    const text = 'First idea. Second idea!\r\nStill the first block.\n\n  New block here?';
    const { lines, paragraphs, sentences, graphemes } = segment(text, 'en', createLineCache());
    expect(lines.map((l) => l.text)).toEqual(['First idea. Second idea!', 'Still the first block.', '', '  New block here?']);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['First idea.', 'Second idea!', 'Still the first block.', 'New block here?']);
    expect(paragraphs.map((p) => [text.slice(p.start, p.end), p.lines, p.sentences])).toEqual([
      ['First idea. Second idea!\r\nStill the first block.', 2, 3],
      ['  New block here?', 1, 1],
    ]);
    expect(graphemes).toBe([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length);
  });

  it('counts words, letters and syllables per sentence', () => {
    const [sentence] = segment('The table is made of wood.', 'en', createLineCache()).sentences;
    expect(sentence).toMatchObject({ words: 6, letters: 20, syllables: 7 });
    const [frase] = segment("L'azienda è aperta.", 'it', createLineCache()).sentences;
    expect(frase).toMatchObject({ words: 3, letters: 15 });
  });
});

describe('sentences after abbreviations and list numbers', () => {
  it('does not end a sentence at a title, an abbreviation or a list number', () => {
    const sentences = (text: string, language: 'en' | 'it') => segment(text, language, createLineCache()).sentences.map((s) => s.text);
    expect(sentences('Grazie al Dott. Rossi per il talk. Ci vediamo presto.', 'it')).toEqual(['Grazie al Dott. Rossi per il talk.', 'Ci vediamo presto.']);
    expect(sentences('1. Write the agenda first. 2. Share it.', 'en')).toEqual(['1. Write the agenda first.', '2. Share it.']);
    expect(sentences('Use short words, e.g. "use" not "utilise". It helps.', 'en')).toEqual(['Use short words, e.g. "use" not "utilise".', 'It helps.']);
    expect(sentences('The end is near 1.', 'en')).toEqual(['The end is near 1.']);
    expect(sentences('What a b!tch of a week. Done.', 'en')).toEqual(['What a b!tch of a week.', 'Done.']);
  });
});

describe('carriage returns', () => {
  it('keeps a lone carriage return as text and counts CR LF as one grapheme', () => {
    expect(segment('\r', 'en', createLineCache()).graphemes).toBe(1);
    expect(segment('a\r\nb\r', 'en', createLineCache()).graphemes).toBe(4);
  });
});

describe('sentenceSegments', () => {
  it("finds ICU's sentences in a long line, piece by piece", () => {
    const rows = readFileSync(new URL('../../tests/fixtures/corpus/own/clean.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { text: string; lang: 'en' | 'it' });
    for (const language of ['en', 'it'] as const) {
      const line = rows
        .filter((row) => row.lang === language)
        .map((row) => row.text.replace(/\s+/g, ' '))
        .join(' ');
      expect(line.length).toBeGreaterThan(10_000);
      const whole = [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(line)].map(({ index, segment }) => [index, segment]);
      expect([...sentenceSegments(line, language)].map(({ index, segment }) => [index, segment])).toEqual(whole);
    }
  });
});
