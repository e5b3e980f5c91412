import * as z from 'zod';
import { defineRule } from '../define-rule';
import { countProseWords, countProseWordsAtMost } from '../prose';
import { execAll } from '../exec-all';

/**
 * A sentence split by commas or semicolons into at least this many parts, averaging at most
 * LIST_ITEM_WORDS words each, is a list written inline: the fix is line breaks, not rewording.
 */
const LIST_MIN_ITEMS = 5;
const LIST_ITEM_WORDS = 5;
/**
 * Where a reader pauses as at a full stop though the sentence goes on: a colon ("Three checks: …")
 * or emoji, which many posts use instead of punctuation ("Great day 🎉 Thanks to …").
 */
const PAUSE = /:\s|\p{Extended_Pictographic}(?:[\u200d\ufe0f\p{Emoji_Modifier}]|\p{Extended_Pictographic})*/gu;

/**
 * Sentences too long to follow on a phone. Italian sentences run longer than English ones for the
 * same content (articles, clitics, compound verbs), so each language has its own ceiling. Hashtags,
 * mentions and links are not counted: they are read as labels, not parsed. The stretch between two
 * pauses is what the reader has to hold in mind, so that is what is measured and highlighted.
 */
export default defineRule({
  id: 'max-sentence-length',
  category: 'length',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'sentence',
  options: z.object({
    /**
     * Words past which a sentence is far too long. In the training posts, 30 of the 34 flags of
     * sentences under 50 words were wrong (their writers found them fine); at 60 words or more, none.
     */
    maxWordsEnglish: z.number().int().positive().default(50),
    maxWordsItalian: z.number().int().positive().default(50),
    /** Words past which a list crammed into one sentence is hard to read: items run together sooner than clauses. */
    maxListWords: z.number().int().positive().default(35),
  }),
  messageIds: ['longSentence', 'longInlineList'],
  messages: {
    en: {
      name: 'Sentence too long',
      description: 'Flags sentences longer than a reader can follow on a phone (by default more than 50 words, or 35 for a list), and lists crammed into one sentence.',
      messages: {
        longSentence: {
          message: 'This sentence has {words} words; aim for {max} at most.',
          why: 'On a phone a sentence this long fills the screen, and readers lose the thread before the end.',
          fix: 'Split it where the idea turns (at "and", "but", "because" or a comma) and cut words that repeat what came before.',
        },
        longInlineList: {
          message: 'A list of {items} items in one sentence of {words} words (more than {max}).',
          why: 'Readers scan lists: items run together on one line are hard to pick out on a small screen.',
          fix: 'Introduce the list in a short sentence, then put each item on its own line, with a dash or a number.',
        },
      },
    },
    it: {
      name: 'Frase troppo lunga',
      description: 'Segnala le frasi troppo lunghe da seguire sullo smartphone (per impostazione predefinita oltre 50 parole, o 35 per un elenco) e gli elenchi stipati in una sola frase.',
      messages: {
        longSentence: {
          message: 'Questa frase ha {words} parole: meglio restare entro {max}.',
          why: 'Sullo smartphone una frase così lunga riempie lo schermo e chi legge perde il filo prima della fine.',
          fix: 'Spezzala dove il ragionamento cambia direzione (a "e", "ma", "perché" o a una virgola) e togli le parole che ripetono quanto già detto.',
        },
        longInlineList: {
          message: 'Un elenco di {items} voci in una sola frase di {words} parole (più di {max}).',
          why: "Gli elenchi si leggono a colpo d'occhio: voci messe una dopo l'altra sulla stessa riga si distinguono a fatica su uno schermo piccolo.",
          fix: "Introduci l'elenco con una frase breve, poi metti ogni voce su una riga, con un trattino o un numero.",
        },
      },
    },
  },
  examples: {
    flagged: [
      "When we started the project last spring we thought the hardest part would be the technology, but it turned out that getting three departments with different goals, budgets and managers to agree on a single definition of what a customer actually is took most of the year, and explaining that definition to everyone who had missed the meetings took the rest of it.",
      "Quando abbiamo iniziato il progetto la scorsa primavera pensavamo che la parte più difficile sarebbe stata la tecnologia, e invece mettere d'accordo tre reparti con obiettivi, budget e responsabili diversi su una definizione unica di cliente ci ha portato via quasi tutto l'anno, tra riunioni, bozze e revisioni, e spiegarla poi a chi non c'era ci ha preso il resto.",
    ],
    ok: [
      'We thought technology would be the hard part. It was not. Agreeing on what a "customer" is took most of the year.',
      'Pensavamo che la tecnologia fosse la parte difficile. Non lo era: mettere tutti d\'accordo su cosa sia un "cliente" ci ha preso quasi un anno.',
    ],
  },
  check({ text, language, options, report }) {
    const max = language === 'it' ? options.maxWordsItalian : options.maxWordsEnglish;
    const listMax = Math.min(max, options.maxListWords);
    if (countProseWordsAtMost(text) <= listMax || countProseWords(text) <= listMax) return;
    // Each stretch between pauses, up to the end of the sentence, is measured on its own.
    let partStart = 0;
    for (const pause of [...execAll(PAUSE, text), null]) {
      const partEnd = pause ? pause.index : text.length;
      const part = text.slice(partStart, partEnd);
      const start = partStart + part.length - part.trimStart().length;
      const span = { start, end: Math.max(start, partStart + part.trimEnd().length) };
      partStart = pause ? pause.index + pause[0].length : text.length;
      const words = countProseWords(part);
      if (words <= listMax) continue;
      const items = part.split(/[,;]/).filter((item) => countProseWords(item) > 0).length;
      if (items >= LIST_MIN_ITEMS && words / items <= LIST_ITEM_WORDS) {
        report({ messageId: 'longInlineList', data: { words, max: listMax, items }, span });
      } else if (words > max) {
        report({ messageId: 'longSentence', data: { words, max }, span });
      }
    }
  },
});
