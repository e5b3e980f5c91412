import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-confidentiality-marker',
  principle: 'care',
  text: {
    en: {
      why: 'If something is marked internal or confidential, a social post is the wrong place for it, however small the audience seems. Posts get shared beyond the people you wrote them for.',
      weak: 'Internal only: here is the draft pricing for next year, feedback welcome before Friday.',
      strong: 'We are reviewing our prices for next year. If you are a customer, what matters most to you: a lower monthly fee or fewer extras to pay for?',
      exercise: 'Ask for the feedback you need without sharing the confidential document.',
    },
    it: {
      why: 'Se qualcosa è riservato o a uso interno, un post non è il posto giusto, per quanto piccolo sembri il pubblico. I post vengono condivisi ben oltre le persone per cui li hai scritti.',
      weak: 'Che resti tra noi, ma il nuovo cliente è una grande banca milanese.',
      strong: 'Da settembre cerchiamo due analisti per il team dati: SQL, un po\' di Python e voglia di spiegare i numeri a chi non li ama. Trovi il ruolo e lo stipendio nell\'annuncio.',
      exercise: 'Dai la notizia che puoi dare, senza rivelare ciò che è riservato.',
    },
  },
});
