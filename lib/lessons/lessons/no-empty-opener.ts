import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-empty-opener',
  principle: 'reader-side',
  text: {
    en: {
      why: 'A greeting with nothing after it takes a place in the reader\'s feed and gives nothing back. If you greet, follow at once with the reason you are writing.',
      weak: 'Happy Friday everyone! 🎉 What a week it has been.',
      strong: 'Happy Friday! One tip before the weekend: write Monday\'s first task on a sticky note now, and you will start the week without opening your inbox.',
      exercise: 'Keep the greeting if you like, and add the reason to read on.',
    },
    it: {
      why: 'Un saluto senza nient\'altro occupa spazio nel feed di chi legge e non dà niente in cambio. Se saluti, aggiungi subito il motivo per cui scrivi.',
      weak: 'Buongiorno a tutti! ☀️',
      strong: 'Buongiorno! Un consiglio per il lunedì: scrivi su un foglietto il primo compito della settimana prima di aprire la posta, e inizi dalle cose importanti.',
      exercise: 'Tieni il saluto se vuoi, e aggiungi un motivo per continuare a leggere.',
    },
  },
});
