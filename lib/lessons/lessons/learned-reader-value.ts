import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'learned-reader-value',
  principle: 'reader-side',
  platform: 'instagram',
  text: {
    en: {
      why: 'A few emoji and hashtags fill the feed without saying anything. Give readers a reason to stop: a fact, a tip, something they did not know.',
      weak: 'Who else? 🙌🔥 #mondaymotivation #grind #success',
      strong: 'Invoices under €5,000 can now be paid in three instalments: ask at the desk or in the app under Payments.',
      exercise: 'Replace the vague line with one piece of information your followers can use.',
    },
    it: {
      why: 'Qualche emoji e qualche hashtag riempiono il feed senza dire niente. Dai a chi legge un motivo per fermarsi: un fatto, un consiglio, qualcosa che non sapeva.',
      weak: 'Chi altro? 🙌🔥 #motivazione #successo #lunedì',
      strong: 'Le fatture sotto i 5.000 € si possono ora pagare in tre rate: chiedi allo sportello o nell\'app, alla voce Pagamenti.',
      exercise: 'Sostituisci la frase vaga con un\'informazione che chi ti segue possa usare.',
    },
  },
});
