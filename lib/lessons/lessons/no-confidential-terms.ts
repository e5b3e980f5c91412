import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'no-confidential-terms',
  principle: 'care',
  // The rule checks the words your team lists in the options; the drill lists one.
  options: { terms: ['Project Falcon', 'Progetto Falco'] },
  text: {
    en: {
      why: 'Codenames and client names are confidential for a reason: a single mention can tell competitors what you are working on, or break a client\'s trust. Talk about the work without naming it.',
      weak: 'Late night at the office, but Project Falcon is finally taking shape!',
      strong: 'Late night at the office, but the new app is finally taking shape! One thing that helped: we test every screen with two real users each Friday.',
      exercise: 'Remove the codename (Project Falcon here) and keep the story.',
    },
    it: {
      why: 'Nomi in codice e nomi dei clienti sono riservati per un motivo: basta una citazione per far capire alla concorrenza su cosa lavori, o per tradire la fiducia di un cliente. Parla del lavoro senza dargli un nome.',
      weak: 'Si fa tardi in ufficio, ma il Progetto Falco finalmente prende forma!',
      strong: 'Si fa tardi in ufficio, ma la nuova app finalmente prende forma! Una cosa che ci ha aiutato: ogni venerdì proviamo ogni schermata con due persone reali.',
      exercise: 'Togli il nome in codice (qui Progetto Falco) e mantieni il racconto.',
    },
  },
});
