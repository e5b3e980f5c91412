import { testRule } from '../testing';
import rule from './no-early-news';

testRule(rule, {
  valid: [
    'We announced our Q3 results this morning: revenue up 12%. Link to the release below.',
    'Before the board meeting, prepare one page per decision: our template is free.',
    'Guess who turned 40 today? Our office dog, Pepper! 🎂',
    { text: 'Oggi abbiamo comunicato i risultati del semestre: +9% di ricavi. Trovate il comunicato sul sito.', language: 'it' },
    { text: 'Indovinate chi ha portato le brioche stamattina? 🥐', language: 'it' },
  ],
  invalid: [
    {
      text: 'We closed the quarter 30% above plan. Analysts hear it next week.',
      findings: [{ messageId: 'earlyNews', match: 'Analysts hear it next' }],
    },
    {
      text: "From March we'll be working with a big automaker, guess which 👀",
      findings: [{ messageId: 'earlyNews', match: 'guess which' }],
    },
    {
      text: 'Il cliente non possiamo ancora dirlo, ma il contratto è firmato.',
      language: 'it',
      findings: [{ messageId: 'earlyNews', match: 'non possiamo ancora dirlo' }],
    },
    {
      text: 'Abbiamo chiuso il trimestre sopra il budget. I numeri ufficiali prima del CdA li vedete qui.',
      language: 'it',
      findings: [{ messageId: 'earlyNews', match: 'prima del CdA' }],
    },
  ],
});
