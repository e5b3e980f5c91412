import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-insult',
  principle: 'care',
  text: {
    en: {
      why: 'Insulting customers or colleagues in public hurts the people you need and tells every reader how you would treat them. Describe the problem and how you will solve it, not the people involved.',
      weak: 'Honestly, our customers are too dumb to read a two-line email.',
      strong: 'Many of our customers never saw the two-line email about the new login. Lesson learned: the change now shows up on the login page itself, where people actually look.',
      exercise: 'Rewrite the post about the problem, not about the people, and say what you changed.',
    },
    it: {
      why: 'Insultare clienti o colleghi in pubblico ferisce le persone di cui hai bisogno e mostra a chi legge come tratti gli altri. Descrivi il problema e come lo risolverai, non le persone coinvolte.',
      weak: 'Che branco di incompetenti, il reparto acquisti.',
      strong: 'Il reparto acquisti e il nostro team avevano priorità diverse. Ora facciamo una riunione di quindici minuti ogni lunedì e gli ordini urgenti arrivano in tempo.',
      exercise: 'Riscrivi il post parlando del problema, non delle persone, e racconta cosa è cambiato.',
    },
  },
});
