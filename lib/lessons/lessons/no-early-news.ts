import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-early-news',
  principle: 'care',
  text: {
    en: {
      why: 'Hinting at figures, clients or deals that are not public yet invites guesses, rumours and, for listed companies, legal trouble. Share news when it is official, and share all of it.',
      weak: 'This quarter closed 30% above plan. Call with analysts next week, so keep an eye on the stock!',
      strong: 'Tip for finance teams before a results call: write down the three questions analysts asked last time, and check that your slides answer each one.',
      exercise: 'Drop the hint about unpublished figures and share something useful you can say today.',
    },
    it: {
      why: 'Alludere a numeri, clienti o accordi non ancora pubblici scatena ipotesi e voci e, per le società quotate, problemi con la Consob. Dai le notizie quando sono ufficiali, e per intero.',
      weak: 'Numeri in anteprima prima del CdA: fatturato a +18%!',
      strong: 'Un consiglio per chi prepara il CdA: rileggi ogni numero due volte e fallo controllare da un collega che non ha lavorato al documento.',
      exercise: 'Togli l\'allusione ai numeri non pubblici e condividi qualcosa di utile che puoi dire oggi.',
    },
  },
});
