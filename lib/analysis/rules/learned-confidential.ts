import { defineLearnedRule } from '../model/learned-rule';

/** The learned model's judgement on news that is not public yet, however it is phrased. */
export default defineLearnedRule(
  'learned-confidential',
  'confidential',
  {
    en: {
      name: 'Sounds like news that is not public yet (learned)',
      description:
        "A small model trained on thousands of labelled posts judges whether a draft shares what should stay inside for now: results before they are announced, deals and clients hinted at, people's private details. It speaks only when no precise rule has already said so.",
      messages: {
        learned: {
          message: 'This sounds like something that is not public yet (words that weigh most: {words}).',
          why: 'Results, deals and clients shared before the official announcement can breach contracts and, for listed companies, market-abuse rules; a hint or a guessing game counts too.',
          fix: 'Wait for the official announcement and link to it. Until then, talk about what is already public.',
        },
      },
    },
    it: {
      name: 'Sembra una notizia non ancora pubblica (modello)',
      description:
        "Un piccolo modello addestrato su migliaia di post etichettati valuta se una bozza condivide ciò che per ora deve restare interno: risultati prima dell'annuncio, accordi e clienti lasciati intuire, dati privati delle persone. Interviene solo quando nessuna regola precisa l'ha già segnalato.",
      messages: {
        learned: {
          message: 'Sembra qualcosa di non ancora pubblico (le parole che pesano di più: {words}).',
          why: "Risultati, accordi e clienti condivisi prima dell'annuncio ufficiale possono violare contratti e, per le società quotate, il regolamento MAR sugli abusi di mercato; vale anche un indizio o un indovinello.",
          fix: "Aspetta l'annuncio ufficiale e rimanda a quello. Fino ad allora parla di ciò che è già pubblico.",
        },
      },
    },
  },
  {
    flagged: [
      { text: "Can't name them yet, but the contract is signed and it's a household name. Guess who we start with in March 👀", language: 'en' },
      { text: 'Il cliente non possiamo ancora dirlo, ma il contratto è firmato e inizia per F. Indovinate chi è 👀', language: 'it' },
    ],
    ok: [
      { text: 'Today we announced our partnership with the city library: from March, free coding classes on Saturdays. Details in the press release.', language: 'en' },
      { text: 'Oggi abbiamo annunciato la collaborazione con la biblioteca comunale: da marzo corsi gratuiti di programmazione il sabato. I dettagli nel comunicato.', language: 'it' },
    ],
  },
);
