import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-unreleased-info',
  principle: 'care',
  text: {
    en: {
      why: 'Results, deals or layoffs shared before the official announcement can break market rules and hurt colleagues who deserve to hear first. Wait for the announcement, then link to it.',
      weak: 'Sneak peek at our Q3 numbers before the earnings call: revenue up 38%, best quarter ever!',
      strong: 'Our Q3 results are out today: you can read the full report and listen to the call on our investor page.',
      exercise: 'Rewrite it as a post you could publish after the announcement.',
    },
    it: {
      why: 'Risultati, accordi o tagli condivisi prima dell\'annuncio ufficiale possono violare le regole sugli abusi di mercato (MAR, Consob) e ferire colleghi che meritano di saperlo per primi, dai canali ufficiali. Aspetta l\'annuncio, poi rimanda a quello.',
      weak: 'Siamo in trattativa per acquisire una startup torinese: vi racconto tutto appena firmiamo.',
      strong: 'Come annunciato oggi, abbiamo completato l\'acquisizione di una startup torinese di logistica. Il comunicato con tutti i dettagli è sul nostro sito.',
      exercise: 'Riscrivilo come un post che potresti pubblicare dopo l\'annuncio.',
    },
  },
});
