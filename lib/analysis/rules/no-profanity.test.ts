import { testRule } from '../testing';
import rule from './no-profanity';

testRule(rule, {
  valid: [
    'Our assessment of the Scunthorpe site is done; cocktail reception at six.',
    'Dick Fosbury changed the high jump forever, and Moby Dick is still worth reading.',
    'What a hell of a quarter: revenue up, churn down. Damn good work, team.',
    'Our class on passive voice graduated summa cum laude, in a kitchen-cum-office.',
    'The Ass. Culturale Aurora opens its doors on Saturday.',
    { text: "L'analisi dei dati è pronta; domani passo con la cazzuola a sistemare il muretto.", language: 'it' },
    { text: 'Il cavallo di Troia resta la metafora perfetta per il phishing.', language: 'it' },
    { text: 'Abbiamo appeso le palle di Natale in ufficio e una scazzottata tra bambini è finita in risate.', language: 'it' },
    { text: 'Vogliamo inculcare nei ragazzi il valore della curiosità.', language: 'it' },
    'Our B2B KPI dashboard for Q3 is live, and the A55 test phones arrived.',
  ],
  invalid: [
    {
      text: 'This release was a total shitshow and the vendor knows it.',
      findings: [{ messageId: 'profanity', data: { word: 'shitshow' }, match: 'shitshow' }],
    },
    {
      text: 'Go to hell with your "quick call", Mark.',
      findings: [{ messageId: 'profanity', match: 'Go to hell' }],
    },
    {
      text: 'Three weeks of meetings and the answer is what the f*ck?',
      findings: [{ messageId: 'disguised', data: { word: 'f*ck' }, match: 'f*ck' }],
    },
    {
      text: 'Vendors who ghost you are sh1t, and this one is a b*tch to deal with.',
      findings: [
        { messageId: 'disguised', match: 'sh1t' },
        { messageId: 'disguised', match: 'b*tch' },
      ],
    },
    { text: 'Fuuuck, the demo crashed again.', findings: [{ messageId: 'profanity', match: 'Fuuuck' }] },
    { text: 'What a f.u.c.k.i.n.g week.', findings: [{ messageId: 'disguised', match: 'f.u.c.k.i.n.g' }] },
    { text: 'Someone left a s**t review.', findings: [{ messageId: 'disguised', data: { word: 's**t' } }] },
    { text: 'Stop being a dick about the budget.', findings: [{ messageId: 'profanity', match: 'dick' }] },
    { text: 'Kiss my ass, spam bots.', findings: [{ messageId: 'profanity', match: 'ass' }] },
    {
      text: 'Ennesimo ritardo del fornitore, che m3rda.',
      language: 'it',
      findings: [{ messageId: 'disguised', data: { word: 'm3rda' }, match: 'm3rda' }],
    },
    {
      text: "Che c4zzo di gestione, e quel capo è uno stronz*.",
      language: 'it',
      findings: [
        { messageId: 'disguised', match: 'c4zzo' },
        { messageId: 'disguised', match: 'stronz*' },
      ],
    },
    { text: 'Vaffa a tutti i burocrati.', language: 'it', findings: [{ messageId: 'profanity', match: 'Vaffa' }] },
    { text: 'Che palle queste riunioni.', language: 'it', findings: [{ messageId: 'profanity', match: 'Che palle' }] },
    { text: 'Porca troia, il server è giù.', language: 'it', findings: [{ messageId: 'profanity', match: 'troia' }] },
    { text: 'F a n c u l o, tutti quanti.', language: 'it', findings: [{ messageId: 'disguised', match: 'F a n c u l o' }] },
    {
      text: 'Ho chiesto un preventivo e mi hanno risposto una cazzata: what the fuck.',
      language: 'it',
      findings: [
        { messageId: 'profanity', match: 'cazzata' },
        { messageId: 'profanity', match: 'fuck' },
      ],
    },
  ],
});
