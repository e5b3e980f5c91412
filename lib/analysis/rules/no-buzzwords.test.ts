import { testRule } from '../testing';
import rule from './no-buzzwords';

testRule(rule, {
  valid: [
    // Odd input never throws.
    '',
    '\ud800\u200b 🎉',
    'مرحبا بالعالم',
    // One buzzword in a post with substance.
    'We rebuilt the checkout in six weeks. The game-changer was boring: one shared test suite that both teams ran before every merge, which cut failed releases from five a month to one.',
    { text: 'Il valore aggiunto di un buon commercialista? Ti dice cosa non fare, prima che tu lo faccia.', language: 'it' },
    // Careful words alone do not make salad.
    'Our best practices doc for code review, the mindset behind it and how it fits the wider ecosystem of tools we use.',
    { text: 'Fare rete tra piccole librerie indipendenti: il nostro gruppo di acquisto ha ridotto i costi di spedizione del 30%.', language: 'it' },
    // "Per eccellenza" is an idiom, not a buzzword; leverage as a noun is finance.
    { text: 'LinkedIn è il social network professionale per eccellenza, ma per eccellenza non intendo innovativo.', language: 'it' },
    'The bank reduced its leverage after the stress test, and the leverage ratio is now 5%.',
  ],
  invalid: [
    {
      text: 'We leverage synergies across our ecosystem to deliver best-in-class, game-changing solutions.',
      findings: [
        { messageId: 'buzzword', data: { phrase: 'leverage', count: 5 }, match: 'leverage' },
        { messageId: 'buzzword', data: { phrase: 'synergies' }, match: 'synergies' },
        { messageId: 'buzzword', match: 'ecosystem' },
        { messageId: 'buzzword', match: 'best-in-class' },
        { messageId: 'buzzword', match: 'game-changing' },
      ],
    },
    {
      text: 'Leveraging synergies to move the needle 🚀',
      findings: [
        { messageId: 'buzzword', data: { count: 3 }, match: 'Leveraging' },
        { messageId: 'buzzword', match: 'synergies' },
        { messageId: 'buzzword', match: 'move the needle' },
      ],
    },
    {
      text: 'Un approccio innovativo e a 360 gradi per creare sinergia e valore aggiunto per i nostri clienti.',
      language: 'it',
      findings: [
        { messageId: 'buzzword', data: { phrase: 'innovativo', count: 4 } },
        { messageId: 'buzzword', match: 'a 360 gradi' },
        { messageId: 'buzzword', match: 'sinergia' },
        { messageId: 'buzzword', match: 'valore aggiunto' },
      ],
    },
    {
      text: 'Growth mindset and synergy.',
      findings: [
        { messageId: 'buzzword', data: { count: 2 }, match: 'Growth mindset' },
        { messageId: 'buzzword', match: 'synergy' },
      ],
    },
    {
      text: 'One innovative idea.',
      options: { minBuzzwords: 2 },
      findings: [{ messageId: 'buzzword', data: { phrase: 'innovative', count: 1 } }],
    },
  ],
});
