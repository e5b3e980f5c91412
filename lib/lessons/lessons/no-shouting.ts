import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-shouting',
  principle: 'converse',
  text: {
    en: {
      why: 'Capitals and rows of exclamation marks read as shouting, and people do not stay to listen to someone who shouts. Let the content carry the emphasis: a number or a date is more striking than any capital letter.',
      weak: 'BIG BOOK SWAP THIS WEEKEND!!! Do not miss it.',
      strong: 'This weekend we hold a book swap at the library, Saturday and Sunday from 9 to 6. Bring a book you have finished and take home one you have not read.',
      exercise: 'Write it in ordinary case, with no strings of exclamation marks, and put the facts up front.',
    },
    it: {
      why: 'Le maiuscole e le file di punti esclamativi sembrano urla, e nessuno resta ad ascoltare chi urla. Lascia che sia il contenuto a dare enfasi: un numero o una data colpiscono più di qualsiasi maiuscola.',
      weak: 'ATTENZIONE: NUOVI ORARI DI APERTURA da lunedì!!!',
      strong: 'Da lunedì cambiano gli orari: apriamo alle 8 invece che alle 9 e chiudiamo alle 19. Il sabato resta tutto come prima.',
      exercise: 'Riscrivilo in minuscolo, senza raffiche di punti esclamativi, e metti i fatti in primo piano.',
    },
  },
});
