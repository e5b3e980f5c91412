import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-profanity',
  principle: 'care',
  text: {
    en: {
      why: 'A swear word gets screenshotted and quoted long after the moment has passed, and it is what readers will remember. Say exactly what went wrong instead: it is stronger, and it keeps the discussion on the facts.',
      weak: 'This release was a total shitshow and the vendor knows it.',
      strong: 'This release went badly: the site was down for two days and the vendor replied only on Friday. Next time we will ask for a rollback plan in the contract.',
      exercise: 'Replace the swear word with the facts that made you angry, and add what you will do differently.',
    },
    it: {
      why: 'Una parolaccia finisce negli screenshot e viene citata molto dopo il momento di rabbia, ed è quello che chi legge ricorderà. Di\' esattamente cosa non ha funzionato: è più efficace e tiene la discussione sui fatti.',
      weak: 'Ennesimo ritardo del fornitore, che merda.',
      strong: 'Ennesimo ritardo del fornitore: tre settimane su un ordine promesso in cinque giorni. Da ora chiediamo una penale per ogni settimana di ritardo nel contratto.',
      exercise: 'Sostituisci la parolaccia con i fatti che ti hanno fatto arrabbiare e aggiungi cosa farai di diverso.',
    },
  },
});
