import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'learned-inappropriate',
  principle: 'care',
  text: {
    en: {
      why: 'Contempt can hurt without a single swear word: sneering at people who disagree or at the customers of a rival. Criticise the thing, with facts, and leave people\'s dignity alone.',
      weak: 'People who still buy from that shop get exactly what they deserve. Some never learn.',
      strong: 'The new return policy is confusing: it took me three emails to get a refund. Here is what finally worked.',
      exercise: 'Keep the criticism, aim it at what went wrong, and add something useful.',
    },
    it: {
      why: 'Il disprezzo può ferire anche senza parolacce: deridere chi la pensa diversamente o i clienti di un concorrente. Critica la cosa, con i fatti, e rispetta la dignità delle persone.',
      weak: 'Certe persone non dovrebbero avere un profilo social, figuriamoci una partita IVA.',
      strong: 'Molti profili aziendali rispondono ai clienti dopo giorni. Un consiglio a chi apre la partita IVA: decidi fin da subito chi risponde ai messaggi, e in quanto tempo.',
      exercise: 'Mantieni la critica, rivolgila a ciò che non va e aggiungi qualcosa di utile.',
    },
  },
});
