import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-personal-data',
  principle: 'care',
  text: {
    en: {
      why: 'A phone number, a personal e-mail or a bank account in a post can be copied by anyone, and it belongs to someone who did not choose to publish it. Point readers to a public channel instead.',
      weak: 'Great chat with our new candidate Laura Finch today! Reach her directly on +44 7700 900461 if you have a role for her.',
      strong: 'Great chat today with Laura, a designer looking for her next role in Leeds. Her portfolio is on her website, and she is open to junior UX roles.',
      exercise: 'Remove the personal data and offer a way to get in touch that the person controls.',
    },
    it: {
      why: 'Un numero di telefono, una mail personale o un IBAN in un post li può copiare chiunque, e appartengono a qualcuno che non ha scelto di pubblicarli. Indica invece un canale pubblico.',
      weak: 'Per il rimborso della cena manda i soldi a Giulia, IBAN IT60 X054 2811 1010 0000 0123 456. Grazie!',
      strong: 'Per il rimborso della cena: Giulia ti manda i suoi dati in privato, così non girano in chat. Grazie a tutti per la bella serata!',
      exercise: 'Togli i dati personali e indica un modo di contatto che la persona controlla.',
    },
  },
});
