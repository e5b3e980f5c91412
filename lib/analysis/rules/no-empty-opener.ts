import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage, lazyByLanguage } from '../lexicon';
import * as en from '../lexicons/en/no-empty-opener';
import * as it from '../lexicons/it/no-empty-opener';
import type { Language } from '../schema';
import { findTakeaway } from '../takeaways';

/** Compiled to match exactly where `lastIndex` points: openers count only at the start of a sentence. */
function anchored(pick: (lexicon: typeof en) => readonly string[]): Record<Language, RegExp> {
  const compiled = compileByLanguage({ en: pick(en), it: pick(it) });
  return lazyByLanguage({
    en: () => new RegExp(compiled.en.source, 'iuy'),
    it: () => new RegExp(compiled.it.source, 'iuy'),
  });
}
const greetings = anchored((lexicon) => lexicon.greetings);
const addressees = anchored((lexicon) => lexicon.addressees);
const leadIns = anchored((lexicon) => lexicon.leadIns);
const signOffs = anchored((lexicon) => lexicon.signOffs);

const NOT_A_LETTER = /[^\p{L}\p{N}]*/uy;
const COMMA_OR_SPACE = /[\s,]*/y;
const AND = /[\s,]*(?:(?:e|ed|and|&)\s+)?/uy;
/** What may follow a greeting that stands alone: the end, punctuation or an emoji. */
const ALONE = /\s*(?:$|[\p{P}\p{S}])/uy;

function matchAt(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : null;
}

/** The end of a greeting, whom it greets and who sends it ("Happy holidays everyone from the team"), or null. */
function greetingEnd(text: string, at: number, language: Language): number | null {
  let end = matchAt(greetings[language], text, at);
  if (end === null) return null;
  end = matchAt(addressees[language], text, matchAt(COMMA_OR_SPACE, text, end)!) ?? end;
  return matchAt(signOffs[language], text, matchAt(COMMA_OR_SPACE, text, end)!) ?? end;
}

/** The end of the opener that starts `text` at `at`, or null when the sentence does not open with one. */
function openerEnd(text: string, at: number, language: Language): number | null {
  let end = greetingEnd(text, at, language);
  if (end !== null) {
    // Greetings come in chains: "Buongiorno a tutti e buon inizio settimana!" (each link is longer than nothing).
    let next: number | null;
    while ((next = greetingEnd(text, matchAt(AND, text, end)!, language)) !== null) end = next;
    if (matchAt(ALONE, text, end) === null) return null;
    // "Ciao a tutti, oggi volevo condividere…": the lead-in belongs to the opener.
    return matchAt(leadIns[language], text, matchAt(NOT_A_LETTER, text, end)!) ?? end;
  }
  return matchAt(leadIns[language], text, at);
}

/**
 * "Monday again!", "Buongiorno a tutti", "Just wanted to share": the first words of a post decide
 * whether it is read, and these spend them on nothing. Quiet when the post then gives readers something.
 */
export default defineRule({
  id: 'no-empty-opener',
  category: 'reader-value',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({}),
  messageIds: ['emptyOpener'],
  messages: {
    en: {
      name: 'Empty opener',
      description:
        'Flags greetings and formulas that open a post or a line without saying anything ("Happy Friday everyone!", "Just wanted to share"), when the post gives readers nothing after them.',
      messages: {
        emptyOpener: {
          message: '"{phrase}" takes the first line and says nothing yet.',
          why: 'Readers decide from the first line whether to read on, and feeds cut posts after two or three lines. A greeting spends that line on nothing.',
          fix: 'Open with what matters: the news, the lesson or the question. Keep the greeting for the comments, where it starts a real conversation.',
        },
      },
    },
    it: {
      name: 'Apertura vuota',
      description:
        'Segnala saluti e formule che aprono un post o una riga senza dire nulla ("Buongiorno a tutti!", "Eccoci qui"), quando poi il post non dà niente a chi legge.',
      messages: {
        emptyOpener: {
          message: '"{phrase}" occupa la prima riga e non dice ancora nulla.',
          why: 'Dalla prima riga si decide se continuare a leggere, e i feed troncano i post dopo due o tre righe. Un saluto spreca quella riga.',
          fix: 'Entra subito nel merito: la notizia, la lezione o la domanda. Tieni il saluto per i commenti, dove può avviare una conversazione vera.',
        },
      },
    },
  },
  examples: {
    flagged: ['Monday again ☕', 'Happy Friday everyone! 🎉 What a week it has been.', 'Buongiorno a tutti! ☀️', 'Eccoci qui, di nuovo lunedì.'],
    ok: [
      'Good morning everyone! Quick tip before your Monday stand-up: ask for blockers first, status second.',
      'Buongiorno a tutti! Voi come organizzate la prima ora della giornata?',
      'Hello world programs still teach more than most tutorials.',
    ],
  },
  check(ctx) {
    const openers: Array<{ start: number; end: number }> = [];
    for (const line of ctx.lines) {
      const sentence = line.sentences[0];
      if (!sentence) continue;
      const start = matchAt(NOT_A_LETTER, sentence.text, 0)!;
      const end = openerEnd(sentence.text, start, ctx.language);
      if (end !== null) openers.push({ start: sentence.start + start, end: sentence.start + end });
    }
    if (!openers.length || findTakeaway(ctx)) return;
    for (const span of openers) {
      ctx.report({ messageId: 'emptyOpener', data: { phrase: ctx.text.slice(span.start, span.end).trim() }, span });
    }
  },
});
