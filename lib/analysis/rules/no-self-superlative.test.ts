import { testRule } from '../testing';
import rule from './no-self-superlative';

testRule(rule, {
  valid: [
    // Praise of someone else, even voted the best, is not a self-claim.
    'My mentor was voted the best teacher in Ohio.',
    'The best advice I got as a junior: write the summary before the analysis.',
    'Sinner is the number one in the world, and he earned it.',
    'We are leading a workshop on accessibility next Tuesday.',
    'Our clients are the best: they tell us what is broken before anyone else.',
    'My favourite coffee shop is the best in town, and it is not close.',
    'We found the best pizza in Naples, and we went back twice.',
    "I'm the only one in my team who still writes SQL by hand.",
    'Every collaboration between them, we know it will be number 1.',
    { text: 'Il miglior consiglio che ho ricevuto? Scrivi la conclusione prima dell\'analisi.', language: 'it' },
    { text: 'Sinner è il numero uno del mondo.', language: 'it' },
    { text: 'Mio padre è il migliore artigiano che conosca.', language: 'it' },
    { text: 'Abbiamo provato la migliore pizzeria di Napoli grazie a un consiglio di Marta.', language: 'it' },
    { text: 'I nostri clienti sono i migliori critici del prodotto.', language: 'it' },
  ],
  invalid: [
    {
      text: 'At Brightwater we are the undisputed leaders in procurement consulting.',
      findings: [{ messageId: 'selfSuperlative', match: 'we are the undisputed leaders' }],
    },
    {
      text: 'Our firm has been ranked Tier 1 in the Legal 500 for the fifth year running.',
      findings: [{ messageId: 'selfSuperlative', match: 'Our firm has been ranked Tier 1' }],
    },
    {
      text: "We're the #1 digital agency in Manchester, and our world-class team is ready for your project.",
      findings: [
        { messageId: 'selfSuperlative', data: { phrase: "We're the #1 digital agency in Manchester" } },
        { messageId: 'selfSuperlative', match: 'our world-class team' },
      ],
    },
    {
      text: 'Our pizza is the best in town.',
      findings: [{ messageId: 'selfSuperlative', match: 'Our pizza is the best' }],
    },
    {
      text: 'We offer industry-leading support to every customer.',
      findings: [{ messageId: 'selfSuperlative', match: 'We offer industry-leading' }],
    },
    {
      text: 'We were voted best restaurant in Bologna three years running.',
      findings: [{ messageId: 'selfSuperlative', match: 'We were voted best restaurant in Bologna' }],
    },
    {
      text: 'Nobody does it better than us.',
      findings: [{ messageId: 'selfSuperlative', match: 'Nobody does it better than us' }],
    },
    {
      text: 'Come and see us: the best bakery in Milan, open every day from 7.',
      findings: [{ messageId: 'selfSuperlative', match: 'the best bakery in Milan' }],
    },
    {
      text: 'Da vent\'anni siamo leader indiscussi nella ristorazione collettiva.',
      language: 'it',
      findings: [{ messageId: 'selfSuperlative', data: { phrase: 'siamo leader indiscussi' }, match: 'siamo leader indiscussi' }],
    },
    {
      text: 'Siamo i migliori sul mercato, senza dubbio.',
      language: 'it',
      findings: [{ messageId: 'selfSuperlative', match: 'Siamo i migliori' }],
    },
    {
      text: 'La nostra qualità è un\'eccellenza assoluta.',
      language: 'it',
      findings: [{ messageId: 'selfSuperlative', match: 'La nostra qualità è un\'eccellenza assoluta' }],
    },
    {
      text: 'Ci confermiamo numero uno in Italia per la logistica del freddo.',
      language: 'it',
      findings: [{ messageId: 'selfSuperlative', match: 'Ci confermiamo numero uno' }],
    },
    {
      text: 'Il nostro team pluripremiato ti aspetta.',
      language: 'it',
      findings: [{ messageId: 'selfSuperlative', match: 'nostro team pluripremiato' }],
    },
  ],
});
