import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-fake-engagement',
  principle: 'transparency',
  text: {
    en: {
      why: 'Fake accounts and rewarded reviews simulate a conversation that never happened, and when it comes out the damage is far greater than a quiet launch. Rewarding reviews also breaks consumer-protection law. Ask real people for honest feedback instead, and make it easy to give.',
      weak: 'Leave us a 5-star review and get 20% off your next order!',
      strong: "If you bought from us this month, we'd love to hear how it went, the good and the bad. We answer every review within two days.",
      exercise: 'Ask for honest reviews with no reward attached, and say what you will do with them.',
    },
    it: {
      why: 'Account falsi e recensioni premiate simulano una conversazione che non è mai avvenuta, e quando si scopre il danno è molto peggiore di un lancio in sordina. Premiare le recensioni è anche una pratica commerciale scorretta per il Codice del consumo. Chiedi invece un parere sincero alle persone reali e rendilo facile da dare.',
      weak: 'Lascia una recensione a 5 stelle e ricevi uno sconto del 15% sul prossimo ordine!',
      strong: 'Hai comprato da noi questo mese? Raccontaci com\'è andata, nel bene e nel male. Rispondiamo a ogni recensione entro due giorni.',
      exercise: 'Chiedi recensioni sincere senza premi in cambio e spiega cosa ne farai.',
    },
  },
});
