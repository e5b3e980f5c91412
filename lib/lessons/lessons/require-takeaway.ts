import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'require-takeaway',
  principle: 'reader-side',
  platform: 'linkedin',
  text: {
    en: {
      why: 'Readers follow accounts that leave them with something: a tip, a number, a resource, or a question worth answering. A post that only shares a mood gives them no reason to stop.',
      weak: 'Another great week at Acme with the best team in the world. So grateful for every single one of you. Onwards and upwards! 🚀',
      strong: 'Another great week at Acme. One thing we changed: every meeting now ends with a named owner for each decision, and follow-ups dropped by half.',
      exercise: 'Keep the good mood and add one thing the reader can take away.',
    },
    it: {
      why: 'Le persone seguono chi lascia loro qualcosa: un consiglio, un dato, una risorsa o una domanda a cui vale la pena rispondere. Un post che condivide solo uno stato d\'animo non dà motivo di fermarsi.',
      weak: 'Settimana intensa ma piena di soddisfazioni. Grazie a tutto il team per l\'impegno e la passione di sempre. Avanti così! 💪',
      strong: 'Settimana intensa. La lezione: scrivere l\'ordine del giorno prima della riunione ci ha fatto risparmiare 3 ore a settimana.',
      exercise: 'Mantieni il tono positivo e aggiungi una cosa che chi legge possa portarsi via.',
    },
  },
});
