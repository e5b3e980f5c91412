import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'max-sentence-length',
  principle: 'reader-side',
  text: {
    en: {
      why: 'A long sentence makes the reader hold many ideas at once, on a small screen, while scrolling. Short sentences, one idea each, are read to the end.',
      weak: 'When we started the project last spring we thought the hardest part would be the technology, but it turned out that getting three departments with different goals, budgets and managers to agree on a single definition of what a customer actually is took most of the year, and explaining that definition to everyone who had missed the meetings took the rest of it.',
      strong: 'We thought technology would be the hard part. It was not. Getting three departments to agree on what a "customer" is took most of the year. Our advice: write that definition down first.',
      exercise: 'Split the sentence in three or four short ones, one idea each.',
    },
    it: {
      why: 'Una frase lunga costringe chi legge a tenere a mente molte idee insieme, su uno schermo piccolo, mentre scorre. Le frasi brevi, con un\'idea ciascuna, vengono lette fino in fondo.',
      weak: 'Quando abbiamo iniziato il progetto la scorsa primavera pensavamo che la parte più difficile sarebbe stata la tecnologia, e invece mettere d\'accordo tre reparti con obiettivi, budget e responsabili diversi su una definizione unica di cliente ci ha portato via quasi tutto l\'anno, tra riunioni, bozze e revisioni, e spiegarla poi a chi non c\'era ci ha preso il resto.',
      strong: 'Pensavamo che la parte difficile fosse la tecnologia. Non lo era. Mettere d\'accordo tre reparti su cosa sia un "cliente" ci ha preso quasi un anno. Il nostro consiglio: scrivi subito quella definizione.',
      exercise: 'Dividi la frase in tre o quattro frasi brevi, con un\'idea ciascuna.',
    },
  },
});
