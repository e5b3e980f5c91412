import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-discriminatory-language',
  principle: 'care',
  text: {
    en: {
      why: 'A generalisation about a group hurts real people among your readers and colleagues, and no context makes it acceptable once it is shared. Talk about individuals and facts, never about what a whole group supposedly is.',
      weak: 'Women belong in the kitchen, not in the boardroom.',
      strong: 'Three women who run engineering teams told us how they hire: structured interviews, the same questions for every candidate, and a written score before anyone talks.',
      exercise: 'Replace the generalisation with facts or stories about real people.',
    },
    it: {
      why: 'Una generalizzazione su un gruppo ferisce persone reali tra chi ti legge e tra i tuoi colleghi, e nessun contesto la rende accettabile una volta condivisa. Parla di persone e di fatti, mai di come sarebbe un intero gruppo.',
      weak: 'Le donne non sanno guidare, lo sanno tutti.',
      strong: 'Abbiamo chiesto a tre donne che guidano team di ingegneria come selezionano le persone: colloqui strutturati, le stesse domande per tutti e un punteggio scritto prima di discuterne.',
      exercise: 'Sostituisci la generalizzazione con fatti o storie di persone reali.',
    },
  },
});
