import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage } from '../lexicon';
import { broadcastMarkers as en } from '../lexicons/en/require-takeaway';
import { broadcastMarkers as it } from '../lexicons/it/require-takeaway';
import type { Language } from '../schema';
import { countDraftWords, findTakeaway } from '../takeaways';

const broadcast = compileByLanguage({ en, it });

/** A reply (or a retweet) opens with a handle: it is already a conversation, not a broadcast. */
const REPLY = /^\s*(?:RT\s+)?@[\p{L}\p{N}_]/u;
/** Below this many sentences the whole draft is highlighted; above it, the opening sentence. */
const SHORT_DRAFT_SENTENCES = 2;

function readsAsBroadcast(text: string, language: Language): boolean {
  const pattern = broadcast[language];
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/**
 * A post with nothing for the reader: no tip, lesson, data, resource, example or question. It is the
 * self-referential broadcasting that readers scroll past; short replies and questions are left alone.
 */
export default defineRule({
  id: 'require-takeaway',
  category: 'reader-value',
  languages: ['en', 'it'],
  defaultSeverity: 'info',
  scope: 'document',
  options: z.object({
    /** Drafts shorter than this (hashtags, mentions and links left out) are too short to judge. */
    minWords: z.number().int().positive().default(12),
    /**
     * Only flag posts that read as a broadcast (celebration, gratitude, hype). Turned off, any post
     * without a recognisable takeaway is flagged, including insights written in plain prose.
     */
    onlyBroadcasts: z.boolean().default(true),
  }),
  messageIds: ['noTakeaway'],
  messages: {
    en: {
      name: 'Nothing for the reader',
      description:
        "Flags posts about the author's own moment (celebration, thanks, hype) that give readers nothing to take away: no tip, step, lesson, data, resource or example, and no question that invites them to talk. Short posts and replies are left alone.",
      messages: {
        noTakeaway: {
          message: 'What does your reader get from these {words} words? There is no tip, lesson, data, resource or question yet.',
          why: 'People follow accounts that are useful to them. A post about you with nothing for them reads as broadcasting, and the feed moves on.',
          fix: 'Add one thing a reader can use: what you learnt and how they can apply it, a number with what it means, a link with what it gives, or a genuine question.',
        },
      },
    },
    it: {
      name: 'Niente per chi legge',
      description:
        'Segnala i post sul proprio momento (festeggiamenti, ringraziamenti, entusiasmo) che non lasciano nulla a chi legge: nessun consiglio, passo, lezione, dato, risorsa o esempio, e nessuna domanda che inviti al dialogo. I post brevi e le risposte non vengono segnalati.',
      messages: {
        noTakeaway: {
          message: "Cosa porta a casa chi legge queste {words} parole? Per ora non c'è un consiglio, una lezione, un dato, una risorsa né una domanda.",
          why: 'Si seguono gli account che servono a qualcosa. Un post che parla di te senza dare nulla a chi legge sembra un annuncio, e il feed scorre oltre.',
          fix: 'Aggiungi una cosa che chi legge possa usare: cosa hai imparato e come metterlo in pratica, un numero e cosa significa, un link e cosa offre, o una domanda vera.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Another great week at Acme with the best team in the world. So grateful for every single one of you. Onwards and upwards! 🚀',
      'Settimana intensa ma piena di soddisfazioni. Grazie a tutto il team per l’impegno e la passione di sempre. Avanti così! 💪',
    ],
    ok: [
      'Another great week at Acme. One thing we changed: every meeting now ends with a named owner for each decision, and follow-ups dropped by half.',
      'Settimana intensa. La lezione: scrivere l’ordine del giorno prima della riunione ci ha fatto risparmiare 3 ore a settimana.',
      'Congrats Marta, well deserved! 🎉',
      'Qualcuno ha un buon libro sulla negoziazione da consigliarmi?',
    ],
  },
  check(ctx) {
    if (REPLY.test(ctx.text)) return;
    const words = countDraftWords(ctx);
    if (words < ctx.options.minWords || (ctx.options.onlyBroadcasts && !readsAsBroadcast(ctx.text, ctx.language))) return;
    if (findTakeaway(ctx)) return;
    const { sentences } = ctx;
    const first = sentences[0];
    const last = sentences.length <= SHORT_DRAFT_SENTENCES ? sentences.at(-1) : first;
    if (!first || !last) return;
    ctx.report({ messageId: 'noTakeaway', data: { words }, span: { start: first.start, end: last.end } });
  },
});
