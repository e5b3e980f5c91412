import { defineLearnedRule } from '../model/learned-rule';

/** The learned model's judgement on tone: contempt, mockery and hostility that use no listed word. */
export default defineLearnedRule(
  'learned-inappropriate',
  'inappropriate',
  {
    en: {
      name: 'Hostile or contemptuous tone (learned)',
      description:
        'A small model trained on thousands of labelled posts and real tweets judges whether a draft attacks, mocks or looks down on people, even without a rude word. It speaks only when no precise rule has already said so.',
      messages: {
        learned: {
          message: 'This may read as contempt or an attack on people (words that weigh most: {words}).',
          why: 'A post that looks down on customers, colleagues or a group is screenshotted and shared far beyond your audience, and it speaks for your brand.',
          fix: 'Criticise the behaviour or the policy, not the people. Say what you would like to change, and keep the tone you would use face to face.',
        },
      },
    },
    it: {
      name: 'Tono ostile o sprezzante (modello)',
      description:
        "Un piccolo modello addestrato su migliaia di post etichettati e tweet reali valuta se una bozza attacca, deride o guarda dall'alto in basso delle persone, anche senza parolacce. Interviene solo quando nessuna regola precisa l'ha già segnalato.",
      messages: {
        learned: {
          message: 'Può sembrare disprezzo o un attacco alle persone (le parole che pesano di più: {words}).',
          why: 'Un post che sminuisce clienti, colleghi o un gruppo finisce negli screenshot e gira ben oltre il tuo pubblico, e parla a nome del tuo marchio.',
          fix: "Critica il comportamento o la scelta, non le persone. Di' cosa vorresti che cambiasse, con il tono che useresti di persona.",
        },
      },
    },
  },
  {
    flagged: [
      { text: 'Honestly anyone who still shops there deserves to get ripped off. Some people never learn.', language: 'en' },
      { text: 'Certa gente non dovrebbe nemmeno avere la patente, figuriamoci guidare un furgone.', language: 'it' },
    ],
    ok: [
      { text: 'The new return policy is confusing: it took me three emails to get a refund. Here is what finally worked.', language: 'en' },
      { text: 'La nuova politica sui resi è poco chiara: ci sono volute tre email per avere il rimborso. Ecco cosa ha funzionato alla fine.', language: 'it' },
    ],
  },
);
