import { stopwords as englishStopwords } from './lexicons/en/stopwords';
import { stopwords as italianStopwords } from './lexicons/it/stopwords';
import type { Language } from './schema';
import { execAll } from './exec-all';

const english = new Set(englishStopwords);
const italian = new Set(italianStopwords);
// Hashtags and mentions are names, not language (#AI is not the Italian "ai").
const WORD = /(?<![#@\p{L}\p{N}_])[\p{L}'’]+/gu;
const ELISION = /^(l|un|dell|all|dall|nell|sull|quest|c|d)'/u;
/** Letters English words never carry: a strong sign of Italian. */
const ITALIAN_ACCENT = /[àèéìòù]/u;
/** Enough words to decide; more only costs time on long drafts. */
const SAMPLE_WORDS = 400;

export interface LanguageGuess {
  language: Language;
  /** 0 when nothing pointed either way, towards 1 as the evidence grows one-sided. */
  confidence: number;
}

/** How much a piece of text points to each language, and how many words were read. */
export interface LanguageEvidence {
  en: number;
  it: number;
  words: number;
}

/** Counts the function words of each language in `text`, reading at most `maxWords` words. */
export function languageEvidence(text: string, maxWords = SAMPLE_WORDS): LanguageEvidence {
  let en = 0;
  let it = 0;
  let words = 0;
  if (maxWords <= 0) return { en, it, words };
  for (const [raw] of execAll(WORD, text)) {
    let word = raw.toLowerCase().replace(/’/g, "'");
    if (word.includes("'")) {
      word = word.replace(/^'+|(?<!')'+$/g, '');
      // Elided articles (l', un', dell') are Italian; English contractions keep their apostrophe inside.
      if (ELISION.test(word)) it += 1;
    }
    // "I" is English; a lower-case "i" is much more often the Italian article ("i clienti").
    if (word === 'i') {
      if (raw === 'I') en += 1;
      else it += 0.5;
      if (++words >= maxWords) break;
      continue;
    }
    if (english.has(word)) en += 1;
    if (italian.has(word)) it += 1;
    if (ITALIAN_ACCENT.test(word)) it += 0.5;
    if (++words >= maxWords) break;
  }
  return { en, it, words };
}

/** The language the evidence points to; `fallback` where it points nowhere. */
export function decideLanguage({ en, it }: LanguageEvidence, fallback: Language = 'en'): LanguageGuess {
  if (en === it) return { language: fallback, confidence: 0 };
  return { language: en > it ? 'en' : 'it', confidence: Math.abs(en - it) / (en + it) };
}

/**
 * Tells English from Italian by counting function words, which every sentence has;
 * reliable from one sentence on. Where nothing decides, `fallback` is the answer.
 */
export function detectLanguage(text: string, fallback: Language = 'en'): LanguageGuess {
  return decideLanguage(languageEvidence(text), fallback);
}
