import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'learned-self-promotion',
  principle: 'converse',
  platform: 'linkedin',
  text: {
    en: {
      why: 'Even with no pushy phrase, a post can read as an advert for yourself: results and praise, nothing for anyone else. Share how you got there, so readers can try it too.',
      weak: 'Our team closed a record year: 40 new clients, 3 awards and a brand-new office. So proud of what we have built!',
      strong: 'We lost our biggest client in March. Three things we changed since: weekly check-ins, written scopes, and a second contact on every account.',
      exercise: 'Replace the list of achievements with how you got there, or what you would do differently.',
    },
    it: {
      why: 'Anche senza frasi aggressive un post può sembrare una pubblicità di te stesso: risultati e lodi, niente per gli altri. Racconta il percorso che ti ha portato lì, così chi legge può provarci a sua volta.',
      weak: 'Abbiamo chiuso un anno da record: 40 nuovi clienti, 3 premi e una nuova sede. Orgogliosi di quello che abbiamo costruito!',
      strong: 'A marzo abbiamo perso il cliente più grande. Tre cose che abbiamo cambiato da allora: riunioni settimanali, preventivi scritti e un secondo referente per ogni cliente.',
      exercise: 'Sostituisci l\'elenco dei successi con il percorso che li ha resi possibili, o con ciò che oggi faresti diversamente.',
    },
  },
});
