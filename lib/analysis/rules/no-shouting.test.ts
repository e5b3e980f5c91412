import { testRule } from '../testing';
import rule from './no-shouting';

testRule(rule, {
  valid: [
    'NASA and ESA shared new KPI dashboards for Q3; our B2B SaaS team loved the GDPR section.',
    'The CEO, CFO and CTO presented the ROI of our API program in the USA and the EU.',
    'This step is NOT optional: back up before you migrate.',
    'SOLD OUT in two hours, thank you!',
    'Chapter XVIII of the handbook covers AI ethics.',
    'Set MAPS_API_KEY=YOUR_API_KEY in the environment, never in the code.',
    'Great news! We shipped it. Why? Because you asked.',
    '#ESG #OKR #SaaS',
    { text: 'Nuove regole INPS e IVA per le PMI: cosa cambia per gli OKR del Q3.', language: 'it' },
    { text: 'Il nostro team UE e USA ha chiuso il Q3 con un ROI del 12%.', language: 'it' },
    { text: 'ACME LOGISTICS opened a new hub.', options: { acronyms: ['ACME', 'LOGISTICS'] } },
    // Emphasis, not shouting: one or two capital words, or three short ones.
    'This is ABSOLUTELY unacceptable.',
    { text: 'SIAMO APERTI!! Da domani pane caldo dalle 7.', language: 'it' },
    'WE ARE HIRING engineers in Turin.',
    // Cheer, not shouting: "!!!" alone needs a fourth mark.
    'Happy Friday everyone!!!',
    // Codes are capitals by convention, and so is a key's armour.
    'Use code FAMILYJONES for 20% off at checkout.',
    { text: 'Con il codice PRIMAVERAVERDE hai il 10% di sconto.', language: 'it' },
    'Why does ssh reject this?\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
  ],
  invalid: [
    {
      text: 'HUGE SALE THIS WEEKEND ONLY, do not miss it.',
      findings: [{ messageId: 'allCaps', data: { phrase: 'HUGE SALE THIS WEEKEND ONLY' }, match: 'HUGE SALE THIS WEEKEND ONLY' }],
    },
    { text: 'DO NOT BUY FROM THEM, they never answer.', findings: [{ messageId: 'allCaps', match: 'DO NOT BUY FROM THEM' }] },
    { text: 'Which part of THIS IS UNACCEPTABLE was unclear?', findings: [{ messageId: 'allCaps', match: 'THIS IS UNACCEPTABLE' }] },
    {
      text: 'That settles it: ABSOLUTELYUNACCEPTABLEBEHAVIOUR.',
      findings: [{ messageId: 'allCaps', match: 'ABSOLUTELYUNACCEPTABLEBEHAVIOUR' }],
    },
    {
      text: 'WE ARE HIRING engineers in Turin.',
      options: { minWords: 2, minLetters: 10 },
      findings: [{ messageId: 'allCaps', match: 'WE ARE HIRING' }],
    },
    { text: 'Why did nobody answer???', findings: [{ messageId: 'punctuation', data: { marks: '???' }, match: '???' }] },
    { text: 'We did it!!!!', findings: [{ messageId: 'punctuation', match: '!!!!' }] },
    { text: 'Ma vi rendete conto?!?! Ancora nessuna risposta.', language: 'it', findings: [{ messageId: 'punctuation', match: '?!?!' }] },
    {
      text: 'ATTENZIONE: NUOVI ORARI DI APERTURA da lunedì.',
      language: 'it',
      findings: [{ messageId: 'allCaps', match: 'ATTENZIONE: NUOVI ORARI DI APERTURA' }],
    },
    { text: 'Thanks!!', options: { minExclamations: 2 }, findings: [{ messageId: 'punctuation', match: '!!' }] },
    { text: 'Seriously?!', options: { minMarks: 2 }, findings: [{ messageId: 'punctuation', match: '?!' }] },
    // The word after a code word is spared, not the rest of the sentence.
    { text: 'Use code SPRING for the BIGGEST SALE EVER.', findings: [{ messageId: 'allCaps', match: 'BIGGEST SALE EVER' }] },
  ],
});
