import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-hard-sell',
  principle: 'converse',
  text: {
    en: {
      why: 'A pushy call to action turns a post into an advert, and people scroll past adverts. Show what the offer does for the reader and leave them free to choose: trust sells more than pressure.',
      weak: 'My new course on pricing for freelancers is out. Buy now, only 3 seats left! DM me for the discount.',
      strong: 'My new course on pricing for freelancers is out. The first lesson is free: how to raise your rate without losing a client, in three emails. Details on my website.',
      exercise: 'Replace the pressure with something useful from the course, and let readers find the details on their own.',
    },
    it: {
      why: 'Una call to action aggressiva trasforma il post in una pubblicità, e le pubblicità si scorrono via. Mostra cosa ci guadagna chi legge e lascialo libero di scegliere: la fiducia vende più della pressione.',
      weak: 'È uscito il mio corso sui prezzi per freelance. Acquista ora, restano solo 3 posti! Scrivimi in privato per lo sconto.',
      strong: 'Come alzare la tariffa senza perdere clienti? Avvisa con due mesi di anticipo, spiega cosa cambia per loro e offri una versione ridotta a chi non può seguirti. Ne parlo nella prima lezione, gratuita, del mio corso sui prezzi.',
      exercise: 'Sostituisci la pressione con qualcosa di utile tratto dal corso e lascia che chi legge trovi i dettagli da sé.',
    },
  },
});
