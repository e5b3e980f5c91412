import * as z from 'zod';
import { defineRule } from '../define-rule';
import type { Sentence } from '../segment';

/**
 * The draft's readability (Flesch reading ease for English, Gulpease for Italian, both "higher is
 * easier") under a threshold. Flesch 30 is where its own table puts "very difficult", graduate
 * reading; Gulpease 40 is where the GULP table puts text hard even for readers with a high-school
 * diploma. The score comes from the report's stats, which leave it null for drafts too short to score.
 */
export default defineRule({
  id: 'min-readability',
  category: 'length',
  languages: ['en', 'it'],
  defaultSeverity: 'info',
  scope: 'document',
  options: z.object({
    minFlesch: z.number().default(30),
    minGulpease: z.number().default(40),
  }),
  messageIds: ['hardToRead'],
  messages: {
    en: {
      name: 'Hard to read',
      description: 'Flags drafts whose readability score is low: Flesch reading ease under 30 in English, Gulpease under 40 in Italian. Drafts under 30 words are not scored.',
      messages: {
        hardToRead: {
          message: 'Readability {score} on the {scale} scale, under {threshold}: this reads like a technical paper.',
          why: 'Feeds are read fast and on small screens; long sentences and long words make readers give up early, whatever their education.',
          fix: 'Start with the highlighted sentence, the longest: split it in two, and swap long or technical words for everyday ones.',
        },
      },
    },
    it: {
      name: 'Difficile da leggere',
      description: 'Segnala i testi con un indice di leggibilità basso: Flesch sotto 30 in inglese, Gulpease sotto 40 in italiano. I testi sotto le 30 parole non vengono valutati.',
      messages: {
        hardToRead: {
          message: 'Leggibilità {score} sulla scala {scale}, sotto la soglia di {threshold}: sembra un documento tecnico.',
          why: 'Nel feed si legge in fretta e su schermi piccoli: frasi e parole lunghe fanno abbandonare presto chiunque, qualunque sia il suo titolo di studio.',
          fix: 'Parti dalla frase evidenziata, la più lunga: dividila in due e sostituisci le parole lunghe o tecniche con parole di tutti i giorni.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'The implementation of comprehensive organizational transformation initiatives necessitates the systematic identification of interdependencies between operational capabilities, technological infrastructure and institutional governance mechanisms, particularly within heavily regulated environments where compliance requirements significantly constrain implementation alternatives.',
      "L'implementazione di iniziative di trasformazione organizzativa complessiva richiede l'identificazione sistematica delle interdipendenze tra capacità operative, infrastruttura tecnologica e meccanismi di governance istituzionale, soprattutto negli ambienti fortemente regolamentati, in cui i requisiti di conformità normativa limitano significativamente le alternative di implementazione disponibili.",
    ],
    ok: [
      'We changed one thing in our hiring process this year. We stopped asking for a cover letter. More people applied, and the good ones did not get lost. The best hires of the year came from that change. Try it for one role and see what happens.',
      "Quest'anno abbiamo cambiato una cosa nelle selezioni. Non chiediamo più la lettera di presentazione. Si sono candidate più persone e quelle brave non si sono perse per strada. Le migliori assunzioni dell'anno sono arrivate così. Provate con una posizione e vedete.",
    ],
  },
  check({ language, sentences, stats, options, report }) {
    const score = stats.readability;
    if (score === null) return;
    const threshold = language === 'it' ? options.minGulpease : options.minFlesch;
    if (score >= threshold) return;
    // Long sentences weigh on both formulas, so the longest is the first one worth rewriting.
    let longest: Sentence | undefined;
    for (const sentence of sentences) {
      if (!longest || sentence.words > longest.words) longest = sentence;
    }
    if (!longest) return;
    report({
      messageId: 'hardToRead',
      data: { score, scale: language === 'it' ? 'Gulpease' : 'Flesch', threshold },
      span: { start: longest.start, end: longest.end },
    });
  },
});
