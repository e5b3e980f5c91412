import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-teaser',
  principle: 'reader-side',
  text: {
    en: {
      why: 'A teaser asks readers to come back later for news you could give now, and most will not. Announce when you have something to say, and say it.',
      weak: 'Big news coming soon! Stay tuned 👀',
      strong: 'We just opened our second shop in Bologna, via Zamboni 12: open every day from 9 to 7, with a reading corner for kids.',
      exercise: 'Replace the teaser with the news itself: what, where, when.',
    },
    it: {
      why: 'Un post che annuncia novità senza dirle chiede a chi legge di tornare dopo per qualcosa che potresti dire adesso, e quasi nessuno torna. Pubblica quando hai qualcosa da dire, e dillo.',
      weak: 'Grandi novità in arrivo… non possiamo ancora dire di più! 🚀',
      strong: 'Da oggi il corso di Excel della biblioteca è gratuito per chi cerca lavoro: 12 lezioni, il martedì sera dalle 18, iscrizioni allo sportello o sul sito del Comune.',
      exercise: 'Sostituisci l\'annuncio vago con la notizia: cosa, dove, quando.',
    },
  },
});
