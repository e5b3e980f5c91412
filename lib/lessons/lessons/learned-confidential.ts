import { defineLesson } from '../define-lesson';

export default defineLesson({
  ruleId: 'learned-confidential',
  principle: 'care',
  text: {
    en: {
      why: 'A guessing game about a client or a deal that is not public yet leaks it by hints, and the client may not forgive it. Wait until both sides can announce it, then say it clearly.',
      weak: 'Just signed with a household name. Hint: bank, London 😉',
      strong: 'Today we announced our partnership with the city library: from March, free coding classes on Saturdays. Details in the press release.',
      exercise: 'Rewrite it as the announcement you will publish once the client agrees.',
    },
    it: {
      why: 'Un indovinello su un cliente o un accordo non ancora pubblico lo rivela a colpi di indizi, e il cliente potrebbe non perdonartelo. Aspetta che entrambe le parti possano annunciarlo, poi dillo chiaramente.',
      weak: 'Abbiamo appena firmato con un nome che conoscete tutti. Indizio: banca, Milano 😉',
      strong: 'Oggi abbiamo annunciato la collaborazione con la biblioteca comunale: da marzo corsi gratuiti di programmazione il sabato. I dettagli nel comunicato.',
      exercise: 'Riscrivilo come l\'annuncio che pubblicherai quando il cliente sarà d\'accordo.',
    },
  },
});
