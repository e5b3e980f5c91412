import { countGraphemes } from './graphemes';
import { Lru } from './lru';
import type { Language } from './schema';
import { execAll } from './exec-all';

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

/**
 * English syllables by vowel groups, corrected for the commonest silent and split vowels: a final
 * "e" ("make"), "-es"/"-ed" that add no syllable ("likes", "walked"; but "boxes", "wanted"), and
 * vowels in hiatus that are two syllables ("video", "idea", "being", "create"). Italian writes
 * nearly every vowel group as one syllable, and Gulpease does not use syllables anyway.
 */
const EN_SILENT_ENDING = /(?:[^aeiouy]e|[^aeiouyszxcgtd]es|[^aeiouytd]ed)$/;
const EN_SOUNDED_LE = /[^aeiouy]le$/;
const EN_HIATUS = /(?<![tsc])i[ao]|eo(?!p)|ea$|(?<=cr)ea|(?<![tcs])ie(?=nts?$|nces?$|t$)|[aeiouy](?=ing$)|(?<!q)u[ao]/g;

function countSyllables(word: string, language: Language): number {
  const lower = word.toLowerCase();
  let groups = lower.match(VOWEL_GROUPS[language])?.length ?? 0;
  if (language === 'en') {
    if (EN_SILENT_ENDING.test(lower) && !EN_SOUNDED_LE.test(lower)) groups -= 1;
    groups += lower.match(EN_HIATUS)?.length ?? 0;
  }
  return Math.max(1, groups);
}

/** Links, hashtags and mentions are names, not words a reader reads through. */
const NOT_PROSE = /https?:\/\/\S+|www\.\S+|[#@][\p{L}\p{N}_.]+/gu;

function measure(text: string, language: Language): { words: number; letters: number; syllables: number } {
  let words = 0;
  let letters = 0;
  let syllables = 0;
  const prose = text.includes('/') || text.includes('#') || text.includes('@') || text.includes('www.') ? text.replace(NOT_PROSE, ' ') : text;
  for (const [word] of execAll(WORD, prose)) {
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

/** Lines longer than this are segmented in pieces: ICU's segmenter slows down per character as a string grows. */
const SEGMENT_CHUNK = 2000;
/** Around each cut, the text ICU looks at to find a boundary, and the margin kept from the window's ends. */
const CUT_WINDOW = 300;
const CUT_MARGIN = 80;

/**
 * The sentences of a line, as ICU finds them, in linear time: a long line is cut at a boundary ICU
 * finds in a window around every SEGMENT_CHUNK characters (far from the window's ends, so the context
 * ICU reads is the same as in the whole line), and each piece is segmented alone.
 */
export function* sentenceSegments(text: string, language: Language): Generator<{ segment: string; index: number }> {
  const segmenter = sentenceSegmenter(language);
  let start = 0;
  let target = SEGMENT_CHUNK;
  while (text.length - start > SEGMENT_CHUNK + CUT_WINDOW && target + CUT_WINDOW < text.length) {
    const from = target - CUT_WINDOW;
    let cut = -1;
    for (const { index } of segmenter.segment(text.slice(from, target + CUT_WINDOW))) {
      const at = from + index;
      if (at > from + CUT_MARGIN && at < target + CUT_WINDOW - CUT_MARGIN) {
        cut = at;
        break;
      }
    }
    target += SEGMENT_CHUNK;
    if (cut === -1) continue;
    for (const { segment, index } of segmenter.segment(text.slice(start, cut))) yield { segment, index: start + index };
    start = cut;
    target = cut + SEGMENT_CHUNK;
  }
  for (const { segment, index } of segmenter.segment(text.slice(start))) yield { segment, index: start + index };
}

/**
 * ICU ends a sentence at every full stop, so it splits after titles and abbreviations ("Dott.",
 * "e.g.") and after a list number ("1."): such a piece is joined to the sentence that follows.
 */
const UNFINISHED = /(?:^\d{1,3}[.)]|(?:^|[\s(])(?:dott|dr|sig|sigg|ing|avv|prof|mr|mrs|ms|st|vs|ecc|etc|es|ca|cfr|e\.g|i\.e|p\.es|nr|pag)\.)$/i;

function modelLine(text: string, language: Language): LineModel {
  const sentences: LineModel['sentences'] = [];
  if (text.trim()) {
    let pending: { offset: number } | null = null;
    for (const { segment, index } of sentenceSegments(text, language)) {
      const trimmed = segment.trimEnd();
      const lead = trimmed.length - trimmed.trimStart().length;
      if (trimmed.length === lead) continue;
      const offset: number = pending?.offset ?? index + lead;
      const end = index + trimmed.length;
      // A mark glued to the next letter is not the end of a sentence: "b!tch", "Yahoo!Mail".
      const glued = /[!?]$/.test(trimmed) && /\p{L}/u.test(text[end] ?? '');
      if ((glued || UNFINISHED.test(trimmed)) && end < text.trimEnd().length) {
        pending = { offset };
        continue;
      }
      pending = null;
      const sentence = text.slice(offset, end);
      sentences.push({ text: sentence, offset, ...measure(sentence, language) });
    }
  }
  return { sentences, graphemes: countGraphemes(text) };
}

/** Line models kept between analyses, so an edit re-segments only the line it touched. */
export type LineCache = Record<Language, Lru<LineModel>>;

export function createLineCache(capacity = 2000): LineCache {
  return { en: new Lru<LineModel>(capacity), it: new Lru<LineModel>(capacity) };
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
    const end = newline < text.length && newline > start && text[newline - 1] === '\r' ? newline - 1 : newline;
    const lineText = text.slice(start, end);
    const model = cache[language].getOrCreate(lineText, () => modelLine(lineText, language));
    const lineSentences: Sentence[] = [];
    for (const { text: sentenceText, offset, words, letters, syllables } of model.sentences) {
      const sentenceStart = start + offset;
      lineSentences.push({ text: sentenceText, start: sentenceStart, end: sentenceStart + sentenceText.length, words, letters, syllables });
    }
    lines.push({ text: lineText, start, end, sentences: lineSentences, graphemes: model.graphemes });
    for (const sentence of lineSentences) sentences.push(sentence);
    graphemes += model.graphemes + (newline < text.length ? 1 : 0);
    start = newline + 1;
  }
  return { lines, paragraphs: toParagraphs(lines), sentences, graphemes };
}

/**
 * The texts of one analysis's paragraphs, cut once for every rule that reads them: each string is
 * hashed by its first lookup in a memo, and the other rules reuse the hash instead of cutting and
 * hashing a long draft again.
 */
export function paragraphTexts(text: string, paragraphs: readonly Pick<Paragraph, 'start' | 'end'>[]): readonly string[] {
  let texts = paragraphTextsOf.get(paragraphs);
  if (!texts) paragraphTextsOf.set(paragraphs, (texts = paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end))));
  return texts;
}
const paragraphTextsOf = new WeakMap<readonly object[], readonly string[]>();

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
