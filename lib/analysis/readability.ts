import type { Language } from './schema';
import type { Sentence } from './segment';

/** Below this many words a readability score says more about chance than about the text. */
export const MIN_WORDS_TO_SCORE = 30;

/**
 * English: Flesch reading ease, 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words)
 * (Flesch 1948). Italian: Gulpease, 89 + (300·sentences − 10·letters)/words (GULP, Università di
 * Roma 1988), which counts letters instead of syllables and was calibrated on Italian readers.
 * Both read "higher is easier"; Flesch is about 0–100, Gulpease 0–100 with 60 as the middle-school line.
 */
export function readability(sentences: readonly Sentence[], language: Language): number | null {
  let words = 0;
  let syllables = 0;
  let letters = 0;
  let counted = 0;
  for (const sentence of sentences) {
    if (sentence.words === 0) continue;
    counted++;
    words += sentence.words;
    syllables += sentence.syllables;
    letters += sentence.letters;
  }
  if (words < MIN_WORDS_TO_SCORE) return null;
  const score =
    language === 'en'
      ? 206.835 - 1.015 * (words / counted) - 84.6 * (syllables / words)
      : 89 + (300 * counted - 10 * letters) / words;
  return Math.round(score * 10) / 10;
}

/** Average adult silent reading speed, about 238 words a minute (Brysbaert 2019). */
const WORDS_PER_MINUTE = 238;

export function readingSeconds(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}
