import { testRule } from '../testing';
import rule from './no-unreleased-info';

testRule(rule, {
  valid: [
    'Today we announced our Q3 results: revenue grew 12%.',
    "Ahead of Apple's earnings call, here are three things to watch.",
    "The new phone hasn't been announced yet, but rumours say it's thinner.",
    "We're about to launch a podcast on design systems.",
    { text: "Come annunciato ieri, abbiamo completato l'acquisizione di Rossi Logistica.", language: 'it' },
    { text: 'Il nuovo telefono non è ancora stato annunciato ufficialmente.', language: 'it' },
    { text: "Prima dell'annuncio di Apple, ecco cosa aspettarsi.", language: 'it' },
  ],
  invalid: [
    {
      text: 'Sneak peek at our Q3 numbers before the earnings call: revenue up 38%!',
      findings: [{ messageId: 'unreleased', data: { phrase: 'Sneak peek at our Q3 numbers' }, match: 'Sneak peek at our Q3 numbers' }],
    },
    {
      text: "We're in talks to acquire a design agency in Lisbon.",
      findings: [{ messageId: 'unreleased', match: "We're in talks to acquire" }],
    },
    {
      text: 'Layoffs next month, not announced yet, so we are all a bit shaken.',
      findings: [{ messageId: 'unreleased', data: { phrase: 'not announced yet' } }],
    },
    {
      text: 'Embargoed until 9:00 CET on 14 May: Acme launches its new app.',
      findings: [{ messageId: 'unreleased', match: 'Embargoed until' }],
    },
    {
      text: 'Siamo in trattativa per acquisire una startup torinese.',
      language: 'it',
      findings: [{ messageId: 'unreleased', match: 'Siamo in trattativa per acquisire' }],
    },
    {
      text: 'Anticipazione: i numeri del trimestre sono i migliori di sempre.',
      language: 'it',
      findings: [{ messageId: 'unreleased', data: { phrase: 'Anticipazione: i numeri' } }],
    },
    {
      text: 'La riorganizzazione non ancora comunicata toccherà 40 persone del nostro team.',
      language: 'it',
      findings: [{ messageId: 'unreleased', match: 'riorganizzazione non ancora comunicata' }],
    },
  ],
});
