import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-buzzwords',
  principle: 'reader-side',
  text: {
    en: {
      why: 'Buzzwords sound important and say nothing: readers cannot picture what you actually do. Concrete words, numbers and examples show it.',
      weak: 'We leverage synergies across our ecosystem to deliver best-in-class, game-changing solutions.',
      strong: 'We build booking systems for small hotels. Last year one of them cut phone bookings by half, so the front desk could look after guests instead.',
      exercise: 'Say what you do in plain words, with one example a reader can picture.',
    },
    it: {
      why: 'I paroloni dell\'aziendalese suonano importanti e non dicono niente: chi legge non riesce a immaginare cosa fai davvero. Parole concrete, numeri ed esempi lo mostrano.',
      weak: 'Un approccio innovativo e a 360 gradi per creare sinergia e valore aggiunto per i nostri clienti.',
      strong: 'Creiamo sistemi di prenotazione per piccoli hotel. L\'anno scorso uno di loro ha dimezzato le prenotazioni al telefono, e alla reception hanno più tempo per gli ospiti.',
      exercise: 'Di\' cosa fai con parole semplici, con un esempio che chi legge possa immaginare.',
    },
  },
});
