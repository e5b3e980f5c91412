import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage, findMatches } from '../lexicon';
import * as en from '../lexicons/en/no-early-news';
import * as it from '../lexicons/it/no-early-news';

const objects = compileByLanguage({ en: en.sensitiveObjects, it: it.sensitiveObjects });
const cues = compileByLanguage({ en: en.notPublicYet, it: it.notPublicYet });
const ownVoice = compileByLanguage({ en: en.ownVoice, it: it.ownVoice });

const FIGURE = /\d/;

/** Sentences either side of a cue that may hold what it refers to: "Q3 closed 30% above plan. Analysts hear it next week." */
const WINDOW = 1;

/**
 * News shared before its owner announces it, however it is phrased: a business-sensitive thing
 * (figures, a client, a deal, layoffs, a launch) next to a cue that it is not public yet (a date
 * before the board or the analysts, a name held back, a guessing game), in the writer's own voice.
 */
export default defineRule({
  id: 'no-early-news',
  category: 'confidential',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({}),
  messageIds: ['earlyNews'],
  messages: {
    en: {
      name: 'News before the announcement',
      description:
        'Flags figures, clients, deals, layoffs or launches shared with a sign that they are not public yet: "before the board meeting", "call with analysts next week", "can\'t name them yet", "guess who". Already announced news stays quiet.',
      messages: {
        earlyNews: {
          message: '"{cue}" suggests that this ({topic}) is not public yet.',
          why: "News shared before the official announcement can break a client's or partner's confidence and, for listed companies, the market-abuse rules on inside information. A hint or a guessing game gives it away just the same.",
          fix: 'Wait for the announcement and then share it with a link to the official source. Until then, talk about what is already public.',
        },
      },
    },
    it: {
      name: "Notizie prima dell'annuncio",
      description:
        'Segnala numeri, clienti, accordi, esuberi o lanci condivisi con un segno che non sono ancora pubblici: "prima del CdA", "call con gli analisti la prossima settimana", "non possiamo ancora fare il nome", "indovinate chi". Le notizie già annunciate non vengono segnalate.',
      messages: {
        earlyNews: {
          message: '"{cue}" fa pensare che questo ({topic}) non sia ancora pubblico.',
          why: "Una notizia condivisa prima dell'annuncio ufficiale può tradire la fiducia di un cliente o di un partner e, per le società quotate, violare il regolamento europeo sugli abusi di mercato (MAR) e le regole Consob sulle informazioni privilegiate. Un indizio o un indovinello la rivelano lo stesso.",
          fix: "Aspetta l'annuncio e poi condividilo con il link alla fonte ufficiale. Fino ad allora parla di ciò che è già pubblico.",
        },
      },
    },
  },
  examples: {
    flagged: [
      'This quarter closed 30% above plan. Call with analysts next week, so keep an eye on the stock!',
      "Can't name them yet, but the contract is signed and we start in March.",
      { text: 'Numeri in anteprima prima del CdA: fatturato a +18%!', language: 'it' },
      { text: 'Il nuovo cliente non possiamo ancora dirlo, ma inizia per F.', language: 'it' },
    ],
    ok: [
      'Today we published our Q3 results: revenue grew 12%. The full report is on our investor page.',
      'Tip for finance teams: check every figure twice before the board meeting.',
      { text: 'Oggi abbiamo presentato i risultati del trimestre: +12% di fatturato. Il comunicato è sul nostro sito.', language: 'it' },
    ],
  },
  check({ text, language, sentences, report, memo }) {
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      // Looked up once per sentence text: typing re-reads only the sentence it changed.
      const cue = memo(sentence.text, () => findMatches(cues[language], sentence.text)[0] ?? null, 'cue');
      if (!cue) continue;
      const window = sentences.slice(Math.max(0, i - WINDOW), i + WINDOW + 1);
      const windowText = text.slice(window[0]!.start, window[window.length - 1]!.end);
      const cueStart = cue.start + sentence.start - window[0]!.start;
      const topics = findMatches(objects[language], windowText).filter((found) => found.start !== cueStart);
      // A tip ("check the figures before the board meeting") has no owner; a figure or "we" makes it someone's news.
      const figure = topics.find((found) => FIGURE.test(found.text));
      const topic = figure ?? topics[0];
      if (!topic || (!figure && !findMatches(ownVoice[language], windowText).length)) continue;
      const start = sentence.start + cue.start;
      report({ messageId: 'earlyNews', data: { cue: cue.text, topic: topic.text }, span: { start, end: start + cue.text.length } });
    }
  },
});
