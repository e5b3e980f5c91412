import * as z from 'zod';
import { defineRule } from '../define-rule';
import { findMatchesByLine } from '../line-matches';
import { compileByLanguage, type Match } from '../lexicon';
import { teasers as en } from '../lexicons/en/no-teaser';
import { teasers as it } from '../lexicons/it/no-teaser';
import { countProseWords } from '../prose';
import { findTakeaway, type DraftView } from '../takeaways';

const patterns = compileByLanguage({ en, it });

/**
 * Names and figures ("Bologna", "via Zamboni 12", "on Saturday"): the stuff news is made of. A capital
 * counts only inside a sentence, after a word or a comma, since every sentence starts with one.
 */
const CONCRETE = /\p{Lu}(?<=[\p{L}\p{N},;:]\s+\p{Lu})\p{Ll}+|\d+/gu;
const MIN_CONCRETE = 2;
const MIN_WORDS_WITH_CONCRETE = 6;

/** True when the post without its teaser phrases still carries news: enough words, or names and figures. */
function revealsNews(draft: Pick<DraftView, 'lines' | 'memo'>, text: string, teasers: readonly Match[], minNewsWords: number): boolean {
  // Words are counted line by line (no word spans a line break): a line without a teaser keeps its
  // count in the memo, so typing recounts only the lines that changed or hold a teaser.
  let words = 0;
  let next = 0;
  for (const line of draft.lines) {
    if (!line.text) continue;
    const inLine: Match[] = [];
    while (next < teasers.length && teasers[next]!.start < line.end) inLine.push(teasers[next++]!);
    words += inLine.length
      ? countProseWords(withoutTeasers(text, inLine, line.start, line.end))
      : draft.memo(line.text, () => countProseWords(line.text), 'words');
  }
  if (words >= minNewsWords) return true;
  if (words < MIN_WORDS_WITH_CONCRETE) return false;
  const rest = withoutTeasers(text, teasers, 0, text.length);
  return (rest.match(CONCRETE)?.length ?? 0) >= MIN_CONCRETE;
}

/** `text` from `from` to `to` with the teasers in it blanked out (same length, so offsets hold). */
function withoutTeasers(text: string, teasers: readonly Match[], from: number, to: number): string {
  let rest = '';
  for (const teaser of teasers) {
    rest += text.slice(from, teaser.start) + ' '.repeat(teaser.end - teaser.start);
    from = teaser.end;
  }
  return rest + text.slice(from, to);
}

/**
 * "Big news coming soon! Stay tuned 👀": a promise of news with none in it asks for attention and
 * gives nothing back. Quiet when the same post then gives the news or something useful.
 */
export default defineRule({
  id: 'no-teaser',
  category: 'reader-value',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({
    /** Words besides the teaser phrases from which a post is taken to give the news itself. */
    minNewsWords: z.number().int().positive().default(25),
  }),
  messageIds: ['teaser'],
  messages: {
    en: {
      name: 'Teaser with no content',
      description:
        'Flags posts that announce news without giving it ("Big news coming soon!", "Stay tuned", "Can\'t say more yet"), unless the post then delivers.',
      messages: {
        teaser: {
          message: '"{phrase}" promises news, but the post does not give any.',
          why: 'A teaser asks for attention and gives nothing back; readers who find nothing learn to skip your next announcement too.',
          fix: 'Post when you can say it, and lead with the news itself. If you must announce a date, say what is coming and why it matters to the reader.',
        },
      },
    },
    it: {
      name: 'Teaser senza contenuto',
      description:
        'Segnala i post che annunciano una notizia senza darla ("Grandi novità in arrivo!", "Restate sintonizzati", "Non posso dire di più"), a meno che poi il post la dia.',
      messages: {
        teaser: {
          message: '"{phrase}" promette una notizia, ma il post non ne dà nessuna.',
          why: 'Un teaser chiede attenzione e non restituisce nulla; chi non trova niente impara a saltare anche il tuo prossimo annuncio.',
          fix: "Pubblica quando puoi parlarne, e apri con la notizia. Se devi annunciare una data, di' cosa arriva e perché interessa a chi legge.",
        },
      },
    },
  },
  examples: {
    flagged: ['Big news coming soon! Stay tuned 👀', 'Grandi novità in arrivo... non possiamo ancora dire di più! 🚀'],
    ok: [
      'We just opened our second shop in Bologna, via Zamboni 12. Stay tuned for the opening party on Saturday!',
      'Da oggi il nostro corso di Excel è gratuito per chi è in cerca di lavoro: 12 lezioni, iscrizioni sul sito. Altre novità in arrivo!',
    ],
  },
  check(ctx) {
    const found = findMatchesByLine(ctx, patterns[ctx.language]);
    if (!found.length) return;
    if (revealsNews(ctx, ctx.text, found, ctx.options.minNewsWords) || findTakeaway(ctx)) return;
    for (const match of found) ctx.report({ messageId: 'teaser', data: { phrase: match.text }, span: match });
  },
});
