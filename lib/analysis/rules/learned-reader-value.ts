import { defineLearnedRule } from '../model/learned-rule';

/** The learned model's judgement on whether a draft gives the reader anything. */
export default defineLearnedRule(
  'learned-reader-value',
  'reader-value',
  {
    en: {
      name: 'Little for the reader (learned)',
      description:
        'A small model trained on thousands of labelled posts judges whether a draft gives the reader something: a tip, a fact, a resource, a real question. It speaks only when no precise rule has already said so.',
      messages: {
        learned: {
          message: 'Readers may find little to take away here (words that weigh most: {words}).',
          why: 'A post earns attention with something the reader can use or answer. One that only asks for reactions, repeats slogans or teases is skipped, and the feed shows your next one to fewer people.',
          fix: 'Add one concrete thing: a tip, a number, an example, a link to a resource, or a specific question with your own view first.',
        },
      },
    },
    it: {
      name: 'Poco per chi legge (modello)',
      description:
        "Un piccolo modello addestrato su migliaia di post etichettati valuta se una bozza dà qualcosa a chi legge: un consiglio, un fatto, una risorsa, una domanda vera. Interviene solo quando nessuna regola precisa l'ha già segnalato.",
      messages: {
        learned: {
          message: 'Chi legge potrebbe trovarci poco da portarsi a casa (le parole che pesano di più: {words}).',
          why: "Un post si guadagna l'attenzione con qualcosa che chi legge può usare o a cui può rispondere. Se chiede solo reazioni, ripropone slogan o fa misteri, si scorre oltre, e il feed mostrerà il prossimo a meno persone.",
          fix: 'Aggiungi una cosa concreta: un consiglio, un dato, un esempio, il link a una risorsa, o una domanda precisa con prima il tuo punto di vista.',
        },
      },
    },
  },
  {
    flagged: [
      { text: 'Who else? 🙌🔥 #mondaymotivation #grind #success', language: 'en' },
      { text: 'Chi altro? 🙌🔥 #motivazione #successo #lunedì', language: 'it' },
    ],
    ok: [
      { text: 'Invoices under €5,000 can now be paid in three instalments: ask at the desk or in the app under Payments.', language: 'en' },
      { text: "Le fatture sotto i 5.000 € si possono ora pagare in tre rate: chiedi allo sportello o nell'app, alla voce Pagamenti.", language: 'it' },
    ],
  },
);
