import { countGraphemes } from './counting';
import { Lru } from './lru';
import type { Language } from './schema';

/** A sentence with absolute offsets and the measures the stats and readability need. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  words: number;
  letters: number;
  syllables: number;
}

/** One line of the draft (the text between two newlines): the unit that is cached between analyses. */
export interface Line {
  text: string;
  start: number;
  end: number;
  sentences: Sentence[];
  graphemes: number;
}

/** A run of non-blank lines: what a reader sees as one block of text. */
export interface Paragraph {
  start: number;
  end: number;
  lines: number;
  sentences: number;
  words: number;
}

/** A line's sentences and measures relative to the line, shared by every draft that has that line. */
interface LineModel {
  sentences: Array<Omit<Sentence, 'start' | 'end'> & { offset: number }>;
  graphemes: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*/gu;
const VOWEL_GROUPS: Record<Language, RegExp> = {
  en: /[aeiouy]+/g,
  it: /[aeiouàèéìòóù]+/g,
};

function countSyllables(word: string, language: Language): number {
  const lower = word.toLowerCase();
  const groups = lower.match(VOWEL_GROUPS[language])?.length ?? 0;
  // English: a final silent "e" ("make") is not a syllable, but "-le" after a consonant ("table") is.
  const silentE = language === 'en' && /[^aeiouy]e$/.test(lower) && !/[^aeiouy]le$/.test(lower) ? 1 : 0;
  return Math.max(1, groups - silentE);
}

function measure(text: string, language: Language): { words: number; letters: number; syllables: number } {
  let words = 0;
  let letters = 0;
  let syllables = 0;
  for (const [word] of text.matchAll(WORD)) {
    words++;
    letters += word.replace(/[^\p{L}]/gu, '').length;
    syllables += countSyllables(word, language);
  }
  return { words, letters, syllables };
}

const sentenceSegmenters = new Map<Language, Intl.Segmenter>();
function sentenceSegmenter(language: Language): Intl.Segmenter {
  let segmenter = sentenceSegmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    sentenceSegmenters.set(language, segmenter);
  }
  return segmenter;
}

function modelLine(text: string, language: Language): LineModel {
  const sentences: LineModel['sentences'] = [];
  if (text.trim()) {
    for (const { segment, index } of sentenceSegmenter(language).segment(text)) {
      const trimmed = segment.trimEnd();
      const lead = trimmed.length - trimmed.trimStart().length;
      const sentence = trimmed.slice(lead);
      if (!sentence) continue;
      sentences.push({ text: sentence, offset: index + lead, ...measure(sentence, language) });
    }
  }
  return { sentences, graphemes: countGraphemes(text) };
}

/** Line models kept between analyses, so an edit re-segments only the line it touched. */
export type LineCache = Lru<LineModel>;

export function createLineCache(capacity = 2000): LineCache {
  return new Lru<LineModel>(capacity);
}

export interface Segmentation {
  lines: Line[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  graphemes: number;
}

/** Splits a draft into lines, paragraphs and sentences, reusing the cached model of unchanged lines. */
export function segment(text: string, language: Language, cache: LineCache): Segmentation {
  const lines: Line[] = [];
  const sentences: Sentence[] = [];
  let graphemes = 0;
  let start = 0;
  while (start <= text.length) {
    let newline = text.indexOf('\n', start);
    if (newline === -1) newline = text.length;
    // "\r\n" is one grapheme; keep the "\r" out of the line so lines stay comparable.
    const end = newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    const lineText = text.slice(start, end);
    const model = cache.getOrCreate(language + '\u0000' + lineText, () => modelLine(lineText, language));
    const lineSentences = model.sentences.map(({ offset, ...rest }) => ({
      ...rest,
      start: start + offset,
      end: start + offset + rest.text.length,
    }));
    lines.push({ text: lineText, start, end, sentences: lineSentences, graphemes: model.graphemes });
    sentences.push(...lineSentences);
    graphemes += model.graphemes + (newline < text.length ? 1 : 0);
    start = newline + 1;
  }
  return { lines, paragraphs: toParagraphs(lines), sentences, graphemes };
}

function toParagraphs(lines: readonly Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of lines) {
    if (!line.text.trim()) {
      current = null;
      continue;
    }
    const words = line.sentences.reduce((sum, s) => sum + s.words, 0);
    if (current) {
      current.end = line.end;
      current.lines++;
      current.sentences += line.sentences.length;
      current.words += words;
    } else {
      current = { start: line.start, end: line.end, lines: 1, sentences: line.sentences.length, words };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}

/**
 * Moves a span's ends outwards to the nearest grapheme boundaries, so a highlight never splits
 * an emoji, a flag or a letter from its accent.
 */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  if (isPlainBoundary(text, start) && isPlainBoundary(text, end)) return { start, end };
  const lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  let snappedStart = lineStart;
  let snappedEnd = lineEnd;
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { index, segment } of graphemeSegmenter.segment(text.slice(lineStart, lineEnd))) {
    const boundary = lineStart + index;
    if (boundary <= start) snappedStart = boundary;
    const after = boundary + segment.length;
    if (after >= end) {
      snappedEnd = after;
      break;
    }
  }
  return { start: snappedStart, end: Math.max(snappedStart, snappedEnd) };
}
let graphemeSegmenter: Intl.Segmenter | undefined;

/** Between two characters below U+0300 (no marks, joiners or surrogates) only CR LF is not a boundary. */
function isPlainBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before < 0x300 && after < 0x300 && !(before === 13 && after === 10);
}
