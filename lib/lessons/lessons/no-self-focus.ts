import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-self-focus',
  principle: 'reader-side',
  platform: 'linkedin',
  text: {
    en: {
      why: 'A post only about yourself asks readers for attention and gives nothing back. Turn your moment into something they can use: the lesson, the numbers, the mistake you would avoid.',
      weak: 'Big day for our team. We moved into our new office in Leeds this week, and I could not be prouder of what we have built. Our founders started in a garage, and now we are forty people.',
      strong: 'We moved into a new office in Leeds this week. One tip if you are planning a move: book the internet line two months ahead, because ours took seven weeks. What would you add?',
      exercise: 'Keep the news in one sentence and give the rest of the post to something the reader can use.',
    },
    it: {
      why: 'Un post che parla solo di te chiede attenzione e non dà niente in cambio. Trasforma il tuo momento in qualcosa di utile per chi legge: la lezione, i numeri, l\'errore da evitare.',
      weak: 'Oggi festeggio dieci anni in azienda. Ho iniziato come stagista e ho lavorato in quattro reparti diversi, con persone straordinarie. Sono cresciuto tanto e ringrazio il mio capo per la fiducia che mi ha dato.',
      strong: 'Oggi sono dieci anni in azienda. La cosa più utile che ho imparato cambiando quattro reparti: il primo mese fai domande e prendi appunti, prima di proporre qualsiasi cambiamento. Tu cosa consiglieresti a chi cambia ruolo?',
      exercise: 'Racconta la notizia in una frase e dedica il resto del post a qualcosa che chi legge possa usare.',
    },
  },
});
