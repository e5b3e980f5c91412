import { defineLearnedRule } from '../model/learned-rule';

/** The learned model's judgement on self-promotion, for the many ways of saying it no list foresees. */
export default defineLearnedRule(
  'learned-self-promotion',
  'self-promotion',
  {
    en: {
      name: 'Reads as self-promotion (learned)',
      description:
        'A small model trained on thousands of labelled posts judges whether a draft is mostly about you or your offer rather than the reader. It speaks only when no precise rule has already said so.',
      messages: {
        learned: {
          message: 'This reads more like promotion than help for the reader (words that weigh most: {words}).',
          why: 'People follow accounts that give them something. A post that is mostly about your wins or your offer reads as an advert, and readers scroll past it.',
          fix: 'Lead with what the reader gets: the lesson behind the result, a tip, a number they can use. If it is an offer, say so openly and keep it short.',
        },
      },
    },
    it: {
      name: 'Sembra autopromozione (modello)',
      description:
        "Un piccolo modello addestrato su migliaia di post etichettati valuta se una bozza parla soprattutto di te o della tua offerta invece che a chi legge. Interviene solo quando nessuna regola precisa l'ha già segnalato.",
      messages: {
        learned: {
          message: 'Sembra più una promozione che un aiuto per chi legge (le parole che pesano di più: {words}).',
          why: 'Si seguono gli account che danno qualcosa. Un post che parla soprattutto dei tuoi successi o della tua offerta sembra una pubblicità, e chi legge va oltre.',
          fix: "Parti da ciò che ottiene chi legge: la lezione dietro il risultato, un consiglio, un dato da usare. Se è un'offerta, dichiaralo apertamente e resta breve.",
        },
      },
    },
  },
  {
    flagged: [
      { text: 'Our team closed a record year: 40 new clients, 3 awards and a brand-new office. So proud of what we have built!', language: 'en' },
      { text: 'Abbiamo chiuso un anno da record: 40 nuovi clienti, 3 premi e una nuova sede. Orgogliosi di quello che abbiamo costruito!', language: 'it' },
    ],
    ok: [
      { text: 'We lost our biggest client in March. Three things we changed since: weekly check-ins, written scopes, and a second contact on every account.', language: 'en' },
      { text: 'A marzo abbiamo perso il cliente più grande. Tre cose che abbiamo cambiato da allora: riunioni settimanali, preventivi scritti e un secondo referente per ogni cliente.', language: 'it' },
    ],
  },
);
