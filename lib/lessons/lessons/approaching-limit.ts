import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'approaching-limit',
  principle: 'platform-fit',
  platform: 'x',
  text: {
    en: {
      why: 'A post that fills the whole limit leaves no room for a link, a mention or a reply quote, and is usually longer than it needs to be. Aim for the point, not the limit.',
      weak: 'Three things I check before every release: the changelog reads like it was written for users, not for us; the rollback has been tried on staging this week, not last quarter; and someone outside the team has clicked through the new flow. Skipping any one has cost us a weekend.',
      strong: 'Three things I check before every release: a changelog written for users, a rollback tried this week, and a fresh pair of eyes on the new flow.',
      exercise: 'Keep the three checks and cut every word they can do without.',
    },
    it: {
      why: 'Un post che riempie tutto il limite non lascia spazio per un link, una menzione o una citazione, e di solito è più lungo del necessario. Punta al messaggio, non al limite.',
      weak: 'Tre cose che controllo prima di ogni rilascio: le note di rilascio sono scritte per chi usa il prodotto e non per noi; il ripristino è stato provato in test questa settimana e non mesi fa; qualcuno fuori dal team ha provato il nuovo percorso. Saltarne una ci è costato un weekend.',
      strong: 'Tre cose che controllo prima di ogni rilascio: note scritte per chi usa il prodotto, un ripristino provato questa settimana e uno sguardo esterno sul nuovo percorso.',
      exercise: 'Tieni i tre controlli e togli ogni parola di cui possono fare a meno.',
    },
  },
});
