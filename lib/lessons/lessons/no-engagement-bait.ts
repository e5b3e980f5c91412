import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-engagement-bait',
  principle: 'converse',
  platform: 'facebook',
  text: {
    en: {
      why: 'Asking for likes, tags or a keyword in the comments chases numbers, not conversation, and platforms show such posts to fewer people. Ask a real question you want answered.',
      weak: 'Like if you agree that Mondays should be illegal! 👍',
      strong: 'Mondays are hard for us too. Our fix: we keep Monday mornings free of meetings. What is one small habit that makes the start of your week easier?',
      exercise: 'Replace the request for likes with a real question.',
    },
    it: {
      why: 'Chiedere like, tag o una parola nei commenti rincorre i numeri, non la conversazione, e le piattaforme mostrano questi post a meno persone. Fai una domanda vera di cui vuoi sapere la risposta.',
      weak: 'Tagga un amico che ha bisogno di una vacanza! 🏖️',
      strong: 'Quest\'anno abbiamo chiuso l\'ufficio per due settimane ad agosto, tutti insieme, e a settembre siamo ripartiti più veloci. Nella tua azienda come organizzate le ferie?',
      exercise: 'Sostituisci la richiesta di tag con una domanda vera.',
    },
  },
});
