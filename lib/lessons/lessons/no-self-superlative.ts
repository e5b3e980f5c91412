import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-self-superlative',
  principle: 'reader-side',
  text: {
    en: {
      why: 'Calling yourself the best is a claim nobody can check, so readers discount it. Facts and results they can verify say more about your competence than any superlative.',
      weak: 'We are the #1 digital agency in Leeds, and our world-class team is ready for your next project.',
      strong: 'Last year we rebuilt the booking site of a Leeds theatre. The biggest win came from one change: guests could pick their seats before signing up. If you run a small venue, try that first.',
      exercise: 'Replace the superlatives with one result a reader could check.',
    },
    it: {
      why: 'Dire di essere i migliori è un\'affermazione che nessuno può verificare, e chi legge non ci crede. Fatti e risultati verificabili dicono della tua competenza più di qualsiasi superlativo.',
      weak: 'Da vent\'anni siamo leader indiscussi nella consulenza digitale, con un team di livello mondiale.',
      strong: 'L\'anno scorso abbiamo rifatto il sito di prenotazione di un teatro di Bologna: le vendite online sono salite del 30% in due mesi. Ecco cosa abbiamo cambiato nella pagina di pagamento.',
      exercise: 'Sostituisci i superlativi con un risultato che chi legge possa verificare.',
    },
  },
});
