import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage, findMatches } from '../lexicon';
import { selfFocus as en } from '../lexicons/en/no-self-focus';
import { selfFocus as it } from '../lexicons/it/no-self-focus';
import type { Language } from '../schema';
import { findTakeaway } from '../takeaways';

const selfWords = compileByLanguage({ en: en.self, it: it.self });
const readerWords = compileByLanguage({ en: en.reader, it: it.reader });
const lessonWords = compileByLanguage({ en: en.lesson, it: it.lesson });

interface Focus {
  self: number;
  reader: number;
  lesson: boolean;
}

function countFocus(sentence: string, language: Language): Focus {
  // "US" in capitals is the country, not "us".
  const self = findMatches(selfWords[language], sentence).filter((match) => match.text !== 'US').length;
  const reader = findMatches(readerWords[language], sentence).length;
  return { self, reader, lesson: findMatches(lessonWords[language], sentence).length > 0 };
}

/** A post only about its author: readers find nothing for themselves in it and move on. */
export default defineRule({
  id: 'no-self-focus',
  category: 'self-promotion',
  languages: ['en', 'it'],
  // A count of pronouns is weak evidence: on fresh posts most first-person drafts it flagged were
  // complaints, reports and lessons told in the first person. The learned self-promotion model judges
  // the post; this stays a tip the writer can weigh.
  defaultSeverity: 'info',
  scope: 'document',
  options: z.object({
    /** Shorter posts are too short to judge. */
    minWords: z.number().int().positive().default(25),
    /** Fewer first-person words than this is not a pattern. */
    minSelfWords: z.number().int().positive().default(3),
  }),
  messageIds: ['selfFocus'],
  messages: {
    en: {
      name: 'All about you',
      description: 'Flags posts that talk only about the author (I, we, our) and never to the reader, with no tip, lesson or question for them.',
      messages: {
        selfFocus: {
          message: 'This post says "I" or "we" {count} times and never speaks to the reader.',
          why: 'People read posts for what is in it for them; a post only about its author reads as an announcement, and gets scrolled past.',
          fix: 'Turn one part toward the reader: what they can learn from your news, a tip from your experience, or a question for them.',
        },
      },
    },
    it: {
      name: 'Tutto su di te',
      description: 'Segnala i post che parlano solo di chi scrive (io, noi, nostro) e mai a chi legge, senza un consiglio, una lezione o una domanda.',
      messages: {
        selfFocus: {
          message: 'Questo post dice "io" o "noi" {count} volte e non si rivolge mai a chi legge.',
          why: 'Le persone leggono un post per quello che ci trovano di utile; un post che parla solo di chi scrive sembra un comunicato, e si scorre oltre.',
          fix: 'Rivolgi una parte a chi legge: cosa può imparare dalla tua notizia, un consiglio dalla tua esperienza, o una domanda.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Big day for our team. We moved into our new office in Leeds this week, and I could not be prouder of what we have built. Our founders started in a garage, and now we are forty people.',
      {
        text: 'Oggi festeggio dieci anni in azienda. Ho iniziato come stagista e ho lavorato in quattro reparti diversi, con persone straordinarie. Sono cresciuto tanto e ringrazio il mio capo per la fiducia che mi ha dato.',
        language: 'it',
      },
    ],
    ok: [
      'I made the same mistake for years: I answered every email the minute it arrived. Now I batch them at 11 and at 4, and I got back two focused hours a day.',
      {
        text: 'Abbiamo aperto il nuovo ufficio a Torino. Se cercate uno spazio per un evento della vostra community, scriveteci: la sala da 40 posti è gratuita per le associazioni.',
        language: 'it',
      },
    ],
  },
  check(ctx) {
    const { language, sentences, stats, options, memo, report } = ctx;
    if (stats.words < options.minWords) return;
    let self = 0;
    let selfSentences = 0;
    let wordySentences = 0;
    let firstSelf: (typeof sentences)[number] | undefined;
    for (const sentence of sentences) {
      if (!sentence.words) continue;
      const focus = memo(sentence.text, () => countFocus(sentence.text, language), 'focus');
      // Speaking to the reader, or teaching from one's own experience, is not self-focus.
      if (focus.reader || focus.lesson) return;
      wordySentences++;
      if (!focus.self) continue;
      self += focus.self;
      selfSentences++;
      firstSelf ??= sentence;
    }
    // Mostly about the author: most sentences, and more than one, say I or we.
    if (!firstSelf || self < options.minSelfWords || selfSentences < 2 || selfSentences * 2 < wordySentences) return;
    if (findTakeaway(ctx)) return;
    report({ messageId: 'selfFocus', data: { count: self }, span: { start: firstSelf.start, end: firstSelf.end } });
  },
});
