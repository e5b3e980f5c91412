import { testRule } from '../testing';
import rule from './no-wall-of-text';

const wall =
  "We spent six months rebuilding our onboarding and most of what we believed going in turned out to be wrong. We thought people dropped out because the product was hard to understand, so we wrote more help pages and recorded videos. Nobody watched them. Then we sat with twelve new customers and watched them sign up, and the problem was obvious within an hour: the form asked for a VAT number on the second screen, and half of them had to go and find it. We moved that question to the first invoice. Completion went from 41% to 68% in a month. The videos are still there, and a few people do watch them, mostly accountants setting up a client. The lesson we keep relearning is that watching one real person beats a month of guessing, and it costs an afternoon.";
const wallIt =
  "Abbiamo passato sei mesi a rifare l'onboarding e quasi tutto quello che pensavamo all'inizio si è rivelato sbagliato. Eravamo convinti che le persone abbandonassero perché il prodotto era difficile, così abbiamo scritto guide e girato video. Non li ha guardati nessuno. Poi ci siamo seduti accanto a dodici nuovi clienti mentre si registravano e il problema è saltato fuori in un'ora: il modulo chiedeva la partita IVA alla seconda schermata. Abbiamo spostato la domanda alla prima fattura e il completamento è salito dal 41% al 68%. I video sono ancora online e qualcuno li guarda, soprattutto i commercialisti che configurano un cliente. La lezione che continuiamo a reimparare è che osservare una persona vera vale più di un mese di ipotesi, e costa un pomeriggio.";
// Nine short sentences, under 700 characters: dense though short.
const dense =
  'Our offsite is booked. It runs from 12 to 14 May in Trento. Travel is covered for everyone. Bring warm clothes because the venue is up a hill and evenings get cold. There will be one afternoon free for walks or a nap. Please fill in the dietary form by Friday so the kitchen can plan ahead, and tell Marta if you need a room on the ground floor. Dinner on the first night is at the village inn. The bus leaves the office at nine sharp. Laptops are optional.';
const tips = [
  'Five habits that made our code reviews faster:',
  '1. Keep pull requests under 400 lines, or split them.',
  '2. Write what changed and why in the description.',
  '3. Review within one working day, even briefly.',
  '4. Comment on the code, never on the person.',
  '5. Approve with nits instead of blocking on them.',
  '6. Pair for twenty minutes when a thread passes five comments.',
  '7. Celebrate the reviews that caught real bugs.',
].join('\n');

testRule(rule, {
  valid: [
    { text: wall.replace(/\. (Then|We moved)/g, '.\n\n$1'), platform: 'linkedin' },
    // One thought per line scans well without blank lines.
    { text: tips, platform: 'linkedin' },
    // List items are blocks of their own, even when each holds two or three sentences.
    {
      text: [
        'What worked for our support team this year:',
        '- Saving macros for the ten most common questions. They cut first replies from nine minutes to three, and nobody had to type the refund policy again.',
        '- A weekly hour to read tickets together. Patterns showed up we had missed for months, like the invoice email landing in spam.',
        '- Closing tickets only when the customer confirms. Reopened tickets fell by a third, and the numbers finally matched what people felt.',
        '- Writing the help page before the feature ships. Product now treats it as part of done, and launch days are quiet.',
      ].join('\n'),
      platform: 'linkedin',
    },
    // The whole post fits in one paragraph's allowance on these platforms.
    { text: wall.slice(0, 490), platform: 'threads' },
    { text: dense, platform: 'mastodon' },
    // Short sentences that fit in a glance are not a wall.
    { text: 'Done. Shipped. Tested. Documented. Celebrated. Sleeping now. 🎉', platform: 'linkedin' },
    // One sentence cannot be split into paragraphs.
    {
      text: 'Thanks to everyone who helped with the move, from the people who packed four hundred archive boxes to the ones who drove the van back and forth across town on a rainy Saturday, from Marco who rewired the meeting rooms at midnight to Aisha who labelled every single cable, from the neighbours who lent us their parking spaces to the café downstairs that kept the coffee coming all weekend, and from the cleaners who stayed late on Sunday to the security team who let us in at six on Monday morning so that everything was ready when the rest of the company arrived.',
      platform: 'linkedin',
    },
    { text: wall, platform: 'linkedin', options: { maxParagraphCharacters: 900, maxParagraphSentences: 12 } },
  ],
  invalid: [
    {
      text: wall,
      platform: 'linkedin',
      findings: [{ messageId: 'wallOfText', data: { characters: 759, sentences: 8 } }],
    },
    {
      text: `Notes from this week's retro.\n\n${wall}\n\nWhat would you have done?`,
      platform: 'generic',
      findings: [{ messageId: 'wallOfText', data: { sentences: 8 }, match: wall }],
    },
    {
      text: wallIt,
      platform: 'facebook',
      language: 'it',
      findings: [{ messageId: 'wallOfText', data: { characters: 767, sentences: 7 }, match: wallIt }],
    },
    {
      // Long lines without list markers stay one block.
      text: `Some context first.\n${wall}`,
      platform: 'linkedin',
      findings: [{ messageId: 'wallOfText', data: { characters: 779, sentences: 9 } }],
    },
    { text: dense, platform: 'linkedin', findings: [{ messageId: 'wallOfText', data: { sentences: 9 }, match: dense }] },
    {
      // Two long lines are not broken up by the single newline between them.
      text: `${wall}\n${wall}`,
      platform: 'reddit',
      findings: [{ messageId: 'wallOfText', data: { characters: 1519, sentences: 16 } }],
    },
  ],
});
