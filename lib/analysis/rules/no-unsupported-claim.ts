import * as z from 'zod';
import { defineRule } from '../define-rule';
import { findMatchesByLine } from '../line-matches';
import { compileByLanguage, type Match } from '../lexicon';
import * as en from '../lexicons/en/no-unsupported-claim';
import * as it from '../lexicons/it/no-unsupported-claim';
import type { Sentence } from '../segment';
import { citesSource } from '../sources';

const claims = {
  vagueAuthority: compileByLanguage({ en: en.vagueAuthority, it: it.vagueAuthority }),
  absolutePromise: compileByLanguage({ en: en.absolutePromise, it: it.absolutePromise }),
} as const;
type Kind = keyof typeof claims;
/** A claim in quotes is being discussed, not made: 'Stop writing "studies show" without a link.' */
const OPENING_QUOTE = /["“‘«'’]\s*$/u;
/** What a sentence ends with after its last letter (a question asked of the reader keeps its '?' there). */
const TRAILING_NON_LETTERS = /(?<!\P{L})\P{L}*$/u;

/** The sentence holding `offset` (sentences are in text order; `from` carries the search forward). */
function sentenceAt(sentences: readonly Sentence[], offset: number, from: { index: number }): Sentence | undefined {
  while (from.index < sentences.length && sentences[from.index]!.end <= offset) from.index++;
  return sentences[from.index];
}

/**
 * "Studies show…", "everyone knows…", "never fails": absolute claims with no source behind them spread
 * errors and cost credibility when a reader checks. Quiet when the post names its source, when the
 * claim is asked as a question, or quoted to be discussed.
 */
export default defineRule({
  id: 'no-unsupported-claim',
  category: 'reader-value',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({}),
  messageIds: ['vagueAuthority', 'absolutePromise'],
  messages: {
    en: {
      name: 'Unsupported claim',
      description:
        'Flags absolute claims with no source: appeals to unnamed studies or experts ("studies show", "everyone knows") and promises that something always works ("100% guaranteed", "never fails"). Ordinary "always" and "never" are fine.',
      messages: {
        vagueAuthority: {
          message: '"{phrase}": which one? The post names no source.',
          why: 'Readers cannot check a claim without a source, and the ones who try and fail stop trusting you. Unsourced "facts" are how errors spread.',
          fix: 'Name the study, author or institution and the year, or add a link. If you cannot find one, say it as your own experience ("in my teams…").',
        },
        absolutePromise: {
          message: '"{phrase}" promises a result nothing can guarantee.',
          why: 'Absolute promises invite the one reader for whom it failed to say so in public, and may break the rules on misleading advertising.',
          fix: 'Say what happened and how often: "it worked for 9 of our 10 clients", with the conditions that made it work.',
        },
      },
    },
    it: {
      name: 'Affermazione senza fonte',
      description:
        'Segnala le affermazioni assolute senza fonte: appelli a studi o esperti senza nome ("gli studi dimostrano", "tutti sanno che") e promesse che qualcosa funzioni sempre ("garantito al 100%", "non fallisce mai"). "Sempre" e "mai" nelle frasi normali vanno bene.',
      messages: {
        vagueAuthority: {
          message: '"{phrase}": secondo chi? Il post non cita nessuna fonte.',
          why: 'Senza una fonte chi legge non può verificare, e chi ci prova senza riuscirci smette di fidarsi. È così che gli errori si diffondono: con verità che nessuno ha controllato.',
          fix: 'Cita lo studio, l\'autore o l\'istituzione e l\'anno, oppure aggiungi un link. Se non trovi la fonte, presenta l\'affermazione come esperienza personale ("nei miei team…").',
        },
        absolutePromise: {
          message: '"{phrase}" promette un risultato che nessuno può garantire.',
          why: "Le promesse assolute invitano chi non ha ottenuto quel risultato a dirlo in pubblico, e possono essere pubblicità ingannevole, che l'AGCM sanziona in base al Codice del consumo.",
          fix: 'Racconta cosa è successo e quanto spesso: "ha funzionato per 9 clienti su 10", con le condizioni che l\'hanno reso possibile.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Studies show that remote workers are less productive. Time to go back to the office.',
      'Questo metodo funziona sempre: risultati garantiti al 100% in trenta giorni!',
    ],
    ok: [
      'Studies show four-day weeks cut burnout: the 2022 UK pilot by Autonomy with 61 companies found 71% of staff less burnt out.',
      'I always take notes by hand, and I have never regretted it.',
      'Non ho mai visto un onboarding funzionare senza un buddy.',
    ],
  },
  check(ctx) {
    const found: Array<Match & { kind: Kind }> = [];
    for (const kind of Object.keys(claims) as Kind[]) {
      for (const match of findMatchesByLine(ctx, claims[kind][ctx.language])) found.push({ ...match, kind });
    }
    if (!found.length) return;
    // Sources are looked for line by line through the memo: typing in a long draft re-reads one line.
    if (ctx.lines.some((line) => line.text && ctx.memo(line.text, () => citesSource(line.text, ctx.language), 'cites'))) return;
    found.sort((a, b) => a.start - b.start);
    const cursor = { index: 0 };
    for (const { kind, start, end, text } of found) {
      if (OPENING_QUOTE.test(ctx.text.slice(Math.max(0, start - 3), start))) continue;
      const sentence = sentenceAt(ctx.sentences, start, cursor);
      if (sentence && sentence.start <= start && TRAILING_NON_LETTERS.exec(sentence.text)![0].includes('?')) continue;
      ctx.report({ messageId: kind, data: { phrase: text }, span: { start, end } });
    }
  },
});
