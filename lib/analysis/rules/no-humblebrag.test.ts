import { testRule } from '../testing';
import rule from './no-humblebrag';

testRule(rule, {
  valid: [
    'Humble leaders ask more questions than they answer.',
    'We are excited about the weather, honestly.',
    { text: 'Sono orgoglioso del mio team e di quello che abbiamo imparato.', language: 'it' },
    { text: 'La modestia è una virtù rara nei post aziendali.', language: 'it' },
    // Offering something is not announcing oneself.
    "If you work with freelancers, I'm happy to share our one-page template.",
    { text: 'Sono felice di aiutarvi: scrivete nei commenti le vostre domande.', language: 'it' },
  ],
  invalid: [
    {
      text: "I'm humbled and honored to announce that I've joined Acme.",
      findings: [{ messageId: 'humblebrag', match: "I'm humbled and honored to announce" }],
    },
    {
      text: 'Thrilled to share that we closed our Series B!',
      findings: [{ messageId: 'humblebrag', match: 'Thrilled to share' }],
    },
    {
      text: 'Not to brag, but our launch sold out.',
      findings: [{ messageId: 'humblebrag', data: { phrase: 'Not to brag, but' } }],
    },
    {
      text: "I'm happy to share that I'm starting a new position as Head of Data at Globex!",
      findings: [{ messageId: 'humblebrag', match: "I'm happy to share that" }],
    },
    {
      text: 'It is with great pleasure that we announce our new Rome office.',
      findings: [{ messageId: 'humblebrag', match: 'It is with great pleasure that we announce' }],
    },
    {
      text: 'Siamo felicissimi di condividere che il nostro agriturismo è nella guida Slow Food.',
      language: 'it',
      findings: [{ messageId: 'humblebrag', match: 'felicissimi di condividere' }],
    },
    {
      text: 'Con grande gioia vi annuncio che la nostra pasticceria ha vinto il premio.',
      language: 'it',
      findings: [{ messageId: 'humblebrag', match: 'Con grande gioia vi annuncio' }],
    },
    {
      text: 'Sono orgogliosa di annunciare il mio nuovo ruolo.',
      language: 'it',
      findings: [{ messageId: 'humblebrag', match: 'Sono orgogliosa di annunciare' }],
    },
    {
      text: 'È con grande gioia che vi annuncio la mia promozione.',
      language: 'it',
      findings: [{ messageId: 'humblebrag', match: 'È con grande gioia che' }],
    },
  ],
});
