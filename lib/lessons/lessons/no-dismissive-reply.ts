import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-dismissive-reply',
  principle: 'criticism',
  text: {
    en: {
      why: 'Everyone reads how you answer a complaint, not only the person who made it. An open, concrete reply turns criticism into proof that you can be trusted; waving it away proves the opposite.',
      weak: '@jdoe That is not our problem, the courier lost it. If you do not like it, shop somewhere else.',
      strong: '@jdoe Sorry your parcel did not arrive. Send us the order number in a DM and we will trace it with the courier today, or send a new one.',
      exercise: 'Answer the complaint: acknowledge it, offer a concrete next step, and keep it public.',
    },
    it: {
      why: 'Tutti leggono come rispondi a una critica, non solo chi l\'ha scritta. Una risposta aperta e concreta trasforma la critica in una prova di affidabilità; liquidarla dimostra il contrario.',
      weak: '@giulia Non è un problema nostro, è il corriere che l\'ha perso. Se non ti piace, non comprare.',
      strong: '@giulia Ci dispiace che il pacco non sia arrivato. Mandaci il numero d\'ordine in privato: oggi stesso lo rintracciamo con il corriere o te ne spediamo un altro.',
      exercise: 'Rispondi alla critica: riconoscila, proponi un passo concreto e resta in pubblico.',
    },
  },
});
