import * as z from 'zod';
import { defineRule } from '../define-rule';
import * as en from '../lexicons/en/no-shouting';
import * as it from '../lexicons/it/no-shouting';
import { execAll } from '../exec-all';

// Acronyms travel across languages (an Italian post cites NASA, an English one INPS): one set for both.
const acronyms = new Set([...en.acronyms, ...it.acronyms]);
const shortWords = new Set([...en.shortWords, ...it.shortWords]);
const ROMAN_NUMERAL = /^(?=[MDCLXVI]{2,}$)M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
const TOKEN = /\S+/gu;
/** Every shouting word has two capitals in a row; most sentences have none and skip the word scan. */
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
const MARKS = /(?:[!?¡¿‼⁇⁈⁉❗❓❕❔]\uFE0F?){2,}/gu;
const QUESTION = /[?¿⁇⁈⁉❓❔]/u;
/** The armour lines of a pasted key ("-----BEGIN OPENSSH PRIVATE KEY-----") are capitals by format. */
const ARMOUR = /-----(?:BEGIN|END) [A-Z0-9 ]{1,60}-----/g;
/** Discount and referral codes are written in capitals by convention: the word after these is a code. */
const CODE_WORD = /^(?:code|codes|coupon|voucher|codice|codici)[:]?$/iu;

type Role = 'break' | 'join' | 'shout';

/** Hashtags, mentions, links and code (API_KEY=…) follow their own conventions. */
const LABEL_OR_CODE = /^(?:[#@]|https?:|www\.)|[_=<>{}[\]\\/|`]/iu;
/** Letters that are not capitals: the word is not shouting. */
const NOT_CAPITAL = /[\p{Ll}\p{Lo}\p{Lt}]/u;
/** The word inside its punctuation. */
const CORE = /[\p{L}\p{N}](?:\S*[\p{L}\p{N}])?/u;

/** What a token does to a run of capitals: ends it, sits inside it unnoticed, or shouts. */
function classify(token: string, extraAcronyms: ReadonlySet<string>): { role: Role; start: number; end: number; letters: number } {
  if (LABEL_OR_CODE.test(token) || NOT_CAPITAL.test(token)) return { role: 'break', start: 0, end: token.length, letters: 0 };
  const core = CORE.exec(token);
  if (!core) return { role: 'join', start: 0, end: token.length, letters: 0 };
  const word = core[0].replace(/['’]S$/u, '');
  const letters = word.replace(/[^\p{L}]/gu, '').length;
  const span = { start: core.index, end: core.index + core[0].length, letters };
  // One letter, codes with digits (B2B, Q3), dotted initials (U.S.A.), acronyms, numerals.
  if (letters <= 1 || /[\p{N}.]/u.test(word) || acronyms.has(word) || extraAcronyms.has(word) || ROMAN_NUMERAL.test(word)) {
    return { role: 'join', ...span };
  }
  // Short unknown words are most likely acronyms (SEO, CRM, HR); ordinary short words shout.
  if (letters <= 3 && !shortWords.has(word)) return { role: 'join', ...span };
  return { role: 'shout', ...span };
}

/** Words in capitals and runs of !!! or ???: the written form of raising your voice. */
export default defineRule({
  id: 'no-shouting',
  category: 'inappropriate',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'sentence',
  options: z.object({
    /**
     * Capital words in a row that count as shouting. In the training posts one or two capital words
     * were emphasis ("SIAMO APERTI!!", "PERSONAL BEST") in 54 of 63 flags; four or more were
     * shouting in 245 of 259.
     */
    minWords: z.number().int().min(1).default(3),
    /** Letters those words need together, so "SOLD OUT NOW" passes and "DO NOT BUY" does not. */
    minLetters: z.number().int().min(1).default(14),
    /** A single capital word this long shouts on its own (emphasis is one short word: "PERFECTION"). */
    minSingleWordLetters: z.number().int().min(2).default(20),
    /** Question marks in a row (alone or mixed with "!") that count as shouting. */
    minMarks: z.number().int().min(2).default(3),
    /**
     * Exclamation marks alone in a row that count as shouting: in the training posts "!!!" was mostly
     * cheer ("Happy Friday everyone!!!"), which writers did not mean as shouting; four or more was not.
     */
    minExclamations: z.number().int().min(2).default(4),
    /** The team's own acronyms and names written in capitals. */
    acronyms: z.array(z.string()).default([]),
  }),
  messageIds: ['allCaps', 'punctuation'],
  messages: {
    en: {
      name: 'Shouting',
      description:
        'Flags several words in capitals (or one long one) and runs of "!!!!" or "???". Acronyms such as NASA, KPI, GDPR or B2B, a single emphatic short word ("NOT"), discount codes and the armour lines of a pasted key are left alone.',
      messages: {
        allCaps: {
          message: '"{phrase}" is in capitals, which reads as shouting.',
          why: 'Text in capitals reads as raised voice and is harder to read; on a feed it looks like spam or anger rather than confidence.',
          fix: 'Write it in normal case; if one word needs weight, put it first in the sentence or make the point with a fact.',
        },
        punctuation: {
          message: '"{marks}" reads as shouting.',
          why: 'Stacked exclamation or question marks signal agitation; readers trust calm, specific wording more.',
          fix: 'Use one mark, and let the words carry the emphasis.',
        },
      },
    },
    it: {
      name: 'Testo urlato',
      description:
        'Segnala più parole in maiuscolo (o una lunga) e sequenze di "!!!!" o "???". Le sigle come INPS, IVA, KPI, GDPR o B2B, una sola parola breve di enfasi ("NON"), i codici sconto e le righe di intestazione di una chiave incollata non vengono segnalate.',
      messages: {
        allCaps: {
          message: '"{phrase}" è in maiuscolo e si legge come un urlo.',
          why: 'Il maiuscolo si legge come una voce alzata ed è più faticoso da leggere; nel feed sembra spam o rabbia, non sicurezza.',
          fix: "Scrivilo in minuscolo; se una parola deve pesare, mettila all'inizio della frase o sostieni il concetto con un dato.",
        },
        punctuation: {
          message: '"{marks}" si legge come un urlo.',
          why: 'Punti esclamativi o interrogativi in fila comunicano agitazione; chi legge si fida di più di parole calme e precise.',
          fix: 'Usa un solo segno e lascia che siano le parole a dare enfasi.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'HUGE SALE THIS WEEKEND ONLY, do not miss it.',
      'Ma vi rendete conto?!?! Ancora nessuna risposta.',
      'ATTENZIONE: NUOVI ORARI DI APERTURA da lunedì.',
    ],
    ok: [
      'NASA and ESA shared new KPI dashboards for Q3; our B2B SaaS team loved the GDPR section.',
      'Nuove regole INPS e IVA per le PMI: cosa cambia per gli OKR del Q3.',
      'This step is NOT optional: back up before you migrate.',
    ],
  },
  check({ text, options, report }) {
    const extraAcronyms = new Set(options.acronyms.map((acronym) => acronym.toUpperCase()));
    const armour = text.includes('-----') ? execAll(ARMOUR, text).map((line) => ({ start: line.index, end: line.index + line[0].length })) : [];
    // Tokens come in order, so one cursor walks the armour lines once.
    let line = 0;
    const inArmour = (at: number) => {
      while (line < armour.length && armour[line]!.end <= at) line++;
      return line < armour.length && at >= armour[line]!.start;
    };
    let run: Array<{ start: number; end: number; letters: number }> = [];
    const flush = () => {
      const letters = run.reduce((sum, word) => sum + word.letters, 0);
      const shouts = run.length >= options.minWords ? letters >= options.minLetters : run.length === 1 && letters >= options.minSingleWordLetters;
      if (shouts) {
        const span = { start: run[0]!.start, end: run[run.length - 1]!.end };
        report({ messageId: 'allCaps', data: { phrase: text.slice(span.start, span.end) }, span });
      }
      run = [];
    };
    if (TWO_CAPITALS.test(text)) {
      let previous = '';
      for (const found of execAll(TOKEN, text)) {
        const token = CODE_WORD.test(previous) || inArmour(found.index) ? { role: 'break' as const } : classify(found[0], extraAcronyms);
        previous = found[0];
        if (token.role === 'break') flush();
        else if (token.role === 'shout') run.push({ start: found.index + token.start, end: found.index + token.end, letters: token.letters });
      }
      flush();
    }
    for (const found of execAll(MARKS, text)) {
      const count = [...found[0].replace(/\uFE0F/gu, '')].length;
      if (count < (QUESTION.test(found[0]) ? options.minMarks : options.minExclamations)) continue;
      report({ messageId: 'punctuation', data: { marks: found[0] }, span: { start: found.index, end: found.index + found[0].length } });
    }
  },
});
