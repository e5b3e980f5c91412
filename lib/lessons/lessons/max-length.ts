import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'max-length',
  principle: 'platform-fit',
  platform: 'x',
  text: {
    en: {
      why: 'Over the limit, the platform will not publish the post, or it cuts it where you did not choose. On X brevity is the form: keep the one point that matters, or split it into a short thread.',
      weak: 'We spent the last three months testing every way we could think of to make our weekly team meeting shorter, including standing up, using a timer, sending the agenda the day before, banning laptops and phones, rotating the person who leads it, and moving it to Monday morning. Most of it did not help. What worked: a written agenda and one owner per decision.',
      strong: 'We tried everything to shorten our weekly meeting: standing up, timers, no laptops. What worked was simple: a written agenda and one owner per decision.',
      exercise: 'Bring it under the limit of X: keep the result and the two changes that worked.',
    },
    it: {
      why: 'Oltre il limite la piattaforma non pubblica il post, o lo taglia dove non hai scelto tu. Su X la brevità è la regola: tieni il messaggio chiave, oppure dividilo in un breve thread.',
      weak: 'Negli ultimi tre mesi abbiamo provato tutti i modi possibili per accorciare la riunione settimanale del team: farla in piedi, usare un timer, mandare l\'ordine del giorno il giorno prima, vietare portatili e telefoni, cambiare ogni volta chi la conduce e spostarla al lunedì mattina. Quasi niente ha funzionato. Cosa ha funzionato: un ordine del giorno scritto e una persona responsabile per ogni decisione.',
      strong: 'Le abbiamo provate tutte per accorciare la riunione settimanale: in piedi, con il timer, senza portatili. Ha funzionato una cosa semplice: ordine del giorno scritto e una persona responsabile per ogni decisione.',
      exercise: 'Fai rientrare il post nel limite di X: tieni il risultato e le due cose che hanno funzionato.',
    },
  },
});
