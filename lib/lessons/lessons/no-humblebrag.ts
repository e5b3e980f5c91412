import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-humblebrag',
  principle: 'reader-side',
  platform: 'linkedin',
  text: {
    en: {
      why: 'False modesty still puts you at the centre and leaves the reader with nothing. Share the news plainly and add what others can learn from it: that is what makes people follow you.',
      weak: 'Humbled and honored to announce that I have been named one of the top 50 marketers of the year.',
      strong: 'I was named one of the top 50 marketers of the year. The campaign behind it taught me one thing: test the headline before the budget. We tried 12 headlines on a small audience first.',
      exercise: 'Rewrite the announcement without the modesty formula, and add one lesson readers can apply.',
    },
    it: {
      why: 'La falsa modestia mette comunque te al centro e non lascia niente a chi legge. Dai la notizia in modo semplice e aggiungi cosa può imparare chi ti segue: è per questo che le persone ti seguono.',
      weak: 'Sono orgoglioso di annunciare che sono stato nominato tra i 50 migliori marketer dell\'anno.',
      strong: 'Sono stato nominato tra i 50 migliori marketer dell\'anno. La campagna che mi ha portato qui mi ha insegnato una cosa: prova il titolo prima di investire il budget. Noi abbiamo provato 12 titoli su un pubblico piccolo.',
      exercise: 'Riscrivi l\'annuncio senza la formula di modestia e aggiungi una lezione che chi legge può mettere in pratica.',
    },
  },
});
