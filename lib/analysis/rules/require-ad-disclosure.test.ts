import { testRule } from '../testing';
import rule from './require-ad-disclosure';

testRule(rule, {
  valid: [
    '#ad Use code ANNA20 for 20% off: I have used this serum for three months and here is what changed.',
    'Paid partnership with @lunaskincare. Use my code ANNA20 at checkout.',
    // A shop's own code in its own voice.
    'Spring sale in our online store: use code SPRING20 at checkout for 20% off everything.',
    // Gifts disclosed as gifts.
    '#gifted Thanks @lunaskincare for sending the new cream, here is my honest review after a week.',
    // Developers' code is not a discount code.
    'I refactored my code last night and the tests run twice as fast.',
    'Partnership with the University of Leeds: a free workshop on research data, open to all.',
    'Affiliate marketing is a tough business: most programs pay late and little.',
    { text: 'Prodotto inviato da @lunaskincare. Dopo una settimana: assorbe in fretta, profumo leggero.', language: 'it' },
    { text: 'In collaborazione con @caffeborsari: usa il mio codice GIULIA15 per il 15% di sconto.', language: 'it' },
    { text: '#adv Con il mio codice GIULIA15 avete il 15% di sconto sul primo ordine.', language: 'it' },
    { text: 'Il codice della strada cambia a dicembre: ecco le tre novità per chi va in bici.', language: 'it' },
    // A disclosure up front, or at the end of a short post that shows whole and has no hashtag cluster.
    '#ad Use code ANNA20 for 20% off the whole range! #skincare #glow #beauty',
    { text: 'Use code ANNA20 for 20% off. Paid partnership with @lunaskincare.', platform: 'x' },
    { text: `#ad Use code ANNA20 for 20% off.\n${'What changed after three months of using it every day. '.repeat(6)}`, platform: 'linkedin' },
  ],
  invalid: [
    {
      // Buried in the closing cluster of hashtags.
      text: 'Use code ANNA20 for 20% off the whole range! #skincare #glow #beauty #ad',
      findings: [{ messageId: 'hiddenDisclosure', data: { phrase: '#ad' }, match: '#ad' }],
    },
    {
      // After LinkedIn's "see more".
      text: `Use code ANNA20 for 20% off.\n${'What changed after three months of using it every day. '.repeat(6)}\n#ad`,
      platform: 'linkedin',
      findings: [{ messageId: 'hiddenDisclosure', match: '#ad' }],
    },
    {
      text: 'Con il mio codice GIULIA15 hai il 15% di sconto. #skincare #beauty #bellezza #adv',
      language: 'it',
      findings: [{ messageId: 'hiddenDisclosure', data: { phrase: '#adv' } }],
    },
    {
      text: 'My skin has never looked better 😍 Use code ANNA20 for 20% off the whole range!',
      findings: [{ messageId: 'undisclosedAd', data: { phrase: 'Use code ANNA20' }, match: 'Use code ANNA20' }],
    },
    {
      text: 'Everything I pack for a weekend hike, with my affiliate links below.',
      findings: [{ messageId: 'undisclosedAd', match: 'affiliate links' }],
    },
    {
      text: 'The blender I use every morning: https://amzn.to/3xYzAbC',
      findings: [{ messageId: 'undisclosedAd', match: 'https://amzn.to/3xYzAbC' }],
    },
    {
      text: 'So happy to be in partnership with @velobikes this season!',
      findings: [{ messageId: 'undisclosedAd', match: 'in partnership with @velobikes' }],
    },
    {
      text: 'Thank you @lunaskincare for sending me this gorgeous set!',
      findings: [{ messageId: 'undisclosedGift', match: 'Thank you @lunaskincare for sending' }],
    },
    {
      // A gift disclosure does not cover a discount code.
      text: '#gifted by @lunaskincare, and with my code ANNA20 you get 20% off.',
      findings: [{ messageId: 'undisclosedAd', match: 'with my code ANNA20' }],
    },
    {
      text: 'Il mio codice sconto GIULIA15 vale fino a domenica!',
      language: 'it',
      findings: [{ messageId: 'undisclosedAd', match: 'Il mio codice sconto GIULIA15' }],
    },
    {
      text: 'Grazie @lunaskincare per avermi inviato la nuova crema: la adoro.',
      language: 'it',
      findings: [{ messageId: 'undisclosedGift', data: { phrase: 'Grazie @lunaskincare per avermi inviato' } }],
    },
    {
      text: 'Trovate tutto con il mio link affiliato nelle storie.',
      language: 'it',
      findings: [{ messageId: 'undisclosedAd', match: 'il mio link affiliato' }],
    },
  ],
});
