import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-home-address',
  principle: 'care',
  text: {
    en: {
      why: 'Where someone lives is private, and a post that names it can put them at risk. Arrange deliveries and visits in private messages.',
      weak: 'Our new intern lives at 14 Elm Street, so drop the welcome pack there.',
      strong: 'Welcome to the team, Tom! Ask him about typography: he wrote his thesis on it, and his notes on kerning are the best I have read.',
      exercise: 'Keep the welcome, and move the address out of the post.',
    },
    it: {
      why: 'Dove abita una persona è un dato privato, e un post che lo rivela può metterla in pericolo. Organizza consegne e visite con messaggi privati.',
      weak: 'Maria abita in via Garibaldi 12, portale pure i documenti.',
      strong: 'Maria ha bisogno dei documenti entro venerdì: chi li ha, mi scriva in privato e le organizzo la consegna.',
      exercise: 'Mantieni la richiesta e togli l\'indirizzo dal post.',
    },
  },
});
