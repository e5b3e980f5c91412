import * as z from 'zod';
import { defineRule } from '../define-rule';
import { findMatchesByLine } from '../line-matches';
import { compileByLanguage } from '../lexicon';
import * as en from '../lexicons/en/no-buzzwords';
import * as it from '../lexicons/it/no-buzzwords';
import { keepDisjoint } from '../overlaps';
import { countDraftWords } from '../takeaways';

const sure = compileByLanguage({ en: en.buzzwords, it: it.buzzwords });
const weak = compileByLanguage({ en: en.weakBuzzwords, it: it.weakBuzzwords });
const WEAK_WEIGHT = 0.5;

/**
 * Buzzword salad: "leveraging synergies to drive a paradigm shift". One buzzword in a post with
 * substance is fine; several packed together hide what the post means.
 */
export default defineRule({
  id: 'no-buzzwords',
  category: 'reader-value',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({
    /** Buzzwords (common but often honest words count half) from which a post is salad. */
    minBuzzwords: z.number().positive().default(3),
    /** Posts shorter than this many words are salad from one buzzword fewer. */
    shortPostWords: z.number().int().positive().default(40),
    /** In longer posts, the buzzwords must also be this dense (per 100 words). */
    minPer100Words: z.number().nonnegative().default(1),
  }),
  messageIds: ['buzzword'],
  messages: {
    en: {
      name: 'Buzzword salad',
      description:
        'Flags posts dense with corporate buzzwords (synergy, leverage, game-changer, best-in-class, move the needle). A single buzzword in a post with substance is left alone.',
      messages: {
        buzzword: {
          message: '"{phrase}" is one of {count} buzzwords in this post.',
          why: 'Buzzwords sound like every other corporate post and say nothing a reader can picture, so the real point gets lost.',
          fix: 'Replace each one with what actually happens: who does what, with which result. "Leverage synergies" becomes "the sales and support teams now share one inbox".',
        },
      },
    },
    it: {
      name: 'Aziendalese',
      description:
        'Segnala i post pieni di buzzword e aziendalese (sinergia, valore aggiunto, a 360 gradi, eccellenza, innovativo). Una sola buzzword in un post con sostanza va bene.',
      messages: {
        buzzword: {
          message: '"{phrase}" è una delle {count} buzzword di questo post.',
          why: 'Le buzzword fanno somigliare il post a mille altri comunicati aziendali e non evocano nulla di concreto: il messaggio vero si perde.',
          fix: 'Sostituisci ognuna con ciò che succede davvero: chi fa cosa, con quale risultato. "Creare sinergie" diventa "vendite e assistenza ora usano una sola casella di posta".',
        },
      },
    },
  },
  examples: {
    flagged: [
      'We leverage synergies across our ecosystem to deliver best-in-class, game-changing solutions.',
      'Un approccio innovativo e a 360 gradi per creare sinergia e valore aggiunto per i nostri clienti.',
    ],
    ok: [
      'We rebuilt the checkout in six weeks. The game-changer was boring: one shared test suite that both teams ran before every merge, which cut failed releases from five a month to one.',
      'Il valore aggiunto di un buon commercialista? Ti dice cosa non fare, prima che tu lo faccia.',
    ],
  },
  check(ctx) {
    const strong = findMatchesByLine(ctx, sure[ctx.language]);
    if (!strong.length) return;
    const found = keepDisjoint([
      ...strong.map((match) => ({ ...match, weight: 1 })),
      ...findMatchesByLine(ctx, weak[ctx.language]).map((match) => ({ ...match, weight: WEAK_WEIGHT })),
    ]);
    const score = found.reduce((sum, match) => sum + match.weight, 0);
    // Counted line by line through the memo (the same count: no word spans a line break).
    const words = countDraftWords(ctx);
    const { minBuzzwords, shortPostWords, minPer100Words } = ctx.options;
    const salad =
      words < shortPostWords ? score >= minBuzzwords - 1 : score >= minBuzzwords && (score * 100) / words >= minPer100Words;
    if (!salad) return;
    for (const match of found) {
      ctx.report({ messageId: 'buzzword', data: { phrase: match.text, count: found.length }, span: match });
    }
  },
});
