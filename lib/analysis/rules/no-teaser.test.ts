import { testRule } from '../testing';
import rule from './no-teaser';

testRule(rule, {
  valid: [
    // Odd input never throws.
    '',
    '\ud800\u200b 🎉',
    'مرحبا بالعالم',
    // The post gives the news, or something useful, after the teaser phrase.
    'We just opened our second shop in Bologna, via Zamboni 12. Stay tuned for the opening party on Saturday!',
    'v2.3 is out: offline mode and a bundle 40% smaller. More to come!',
    'Coming soon: dark mode for the iOS app, after 1,200 of you asked for it.',
    { text: 'Da oggi il nostro corso di Excel è gratuito per chi è in cerca di lavoro: 12 lezioni, iscrizioni sul sito. Altre novità in arrivo!', language: 'it' },
    { text: 'Restate sintonizzati: domani alle 18 pubblichiamo il bando. Intanto ecco i requisiti: laurea triennale, inglese B2, patente B.', language: 'it' },
    // No teaser at all.
    'We are hiring two backend engineers in Lisbon.',
  ],
  invalid: [
    {
      text: 'Big news coming soon! Stay tuned 👀',
      findings: [
        { messageId: 'teaser', data: { phrase: 'Big news coming soon' }, match: 'Big news coming soon' },
        { messageId: 'teaser', data: { phrase: 'Stay tuned' }, match: 'Stay tuned' },
      ],
    },
    {
      text: 'Something big is coming next week. Our team has been working on it for months and we cannot wait to show you.',
      findings: [{ messageId: 'teaser', match: 'Something big is coming' }],
    },
    {
      text: "Can't say more yet, but it's going to be huge. 🚀",
      findings: [{ messageId: 'teaser', match: "Can't say more yet" }],
    },
    {
      text: 'Grandi novità in arrivo... restate sintonizzati! 🚀',
      language: 'it',
      findings: [
        { messageId: 'teaser', match: 'Grandi novità in arrivo' },
        { messageId: 'teaser', match: 'restate sintonizzati' },
      ],
    },
    {
      text: 'Presto vi sveleremo tutto. Per ora non possiamo dire di più 🤫',
      language: 'it',
      findings: [
        { messageId: 'teaser', data: { phrase: 'Presto vi sveleremo tutto' } },
        { messageId: 'teaser', data: { phrase: 'non possiamo dire di più' } },
      ],
    },
    {
      text: "Big things are happening at Corvid Analytics. We can't share details just yet, but keep an eye on this page. 👀",
      findings: [
        { messageId: 'teaser', match: 'Big things are happening' },
        { messageId: 'teaser', match: "We can't share details just yet" },
        { messageId: 'teaser', match: 'keep an eye on this page' },
      ],
    },
    {
      text: 'Stay tuned for the opening party!',
      options: { minNewsWords: 100 },
      findings: [{ messageId: 'teaser', match: 'Stay tuned' }],
    },
  ],
});
