import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-unsupported-claim',
  principle: 'care',
  text: {
    en: {
      why: '"Studies show" with no study, or "always" with no evidence, spreads claims that may be wrong, and readers who check lose trust in you. Name the source, or say it is your experience.',
      weak: 'Studies show that remote workers are less productive. Time to go back to the office.',
      strong: 'In our team, remote weeks had fewer meetings and more finished tasks: 23 against 17 on average over six months. What have you measured in yours?',
      exercise: 'Replace the vague claim with a source or with your own numbers.',
    },
    it: {
      why: 'Dire "gli studi dimostrano" senza citare lo studio, o "sempre" senza prove, diffonde affermazioni forse sbagliate, e chi controlla smette di fidarsi. Cita la fonte, oppure di\' che è la tua esperienza.',
      weak: 'Questo metodo funziona sempre: risultati garantiti al 100% in trenta giorni!',
      strong: 'Con questo metodo abbiamo ridotto i resi del 12% in tre mesi, in un negozio online di scarpe. Non so se funziona ovunque: tu cosa hai provato?',
      exercise: 'Sostituisci l\'affermazione assoluta con una fonte o con i tuoi numeri.',
    },
  },
});
