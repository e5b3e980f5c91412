import { testRule } from '../testing';
import rule from './max-sentence-length';

const long =
  'When we started the project last spring we thought the hardest part would be the technology, but it turned out that getting three departments with different goals, budgets and managers to agree on a single definition of what a customer actually is took most of the year, and explaining that definition to everyone who had missed the meetings took the rest of it.';
const longIt =
  "Quando abbiamo iniziato il progetto la scorsa primavera pensavamo che la parte più difficile sarebbe stata la tecnologia, e invece mettere d'accordo tre reparti con obiettivi, budget e responsabili diversi su una definizione unica di cliente ci ha portato via quasi tutto l'anno, tra riunioni, bozze e revisioni, e spiegarla poi a chi non c'era ci ha preso il resto.";
// 38 words: long, but under the ceiling in both languages.
const thirtyEight =
  'Quando il team ha finalmente consegnato la nuova versione del gestionale, dopo mesi di test con i clienti più pazienti, abbiamo capito che la documentazione era rimasta indietro e che nessuno sapeva più come usare le funzioni avanzate.';
const inlineList =
  'This year our team used Figma, Notion, Linear, Slack, GitHub, Vercel, Sentry, Datadog, PostHog, Stripe, Intercom, Loom, Miro, Zapier, Airtable, Google Docs, Google Sheets, HubSpot, Calendly, 1Password, Tailscale, Cloudflare and Postgres, and we would keep every one of them.';

testRule(rule, {
  valid: [
    'We thought technology would be the hard part. It was not.',
    // Links, hashtags and mentions are not words a reader has to parse.
    `Slides from my talk on onboarding are here https://example.com/talks/2025/onboarding-that-works-slides-and-notes-final thanks to @acmeconf and @janedoe for hosting #product #onboarding #ux #saas #growth #design #research #startups #b2b #talks #conference #speaking #learning #teams #community #events #berlin #europe #tech #people #hiring #culture #leadership #management #engineering #ops`,
    // Bullet lines are separate sentences already.
    'What we used this year:\n- Figma for design\n- Linear for planning\n- Sentry for errors\n- PostHog for product analytics\n- Stripe for billing\n- Loom for async updates\n- Notion for the handbook',
    { text: thirtyEight, language: 'it' },
    { text: thirtyEight, language: 'en' },
    { text: long, options: { maxWordsEnglish: 70 } },
    // Emoji stand in for full stops in many posts.
    'Great day at the Turin meetup with more than two hundred people in the room 🎉 Thanks to everyone who came, asked questions and stayed for pizza 🙏🏽 Slides and the recording go up on our page next week 👇',
    // 36 words, but the colon splits them into two parts a reader takes one at a time.
    'Three quick checks before you send that cover letter: is the company name right (copy-paste gets everyone once), does the first line say which job, and is there one concrete result with a number in it?',
  ],
  invalid: [
    { text: long, findings: [{ messageId: 'longSentence', data: { words: 63, max: 50 }, match: long }] },
    { text: longIt, language: 'it', findings: [{ messageId: 'longSentence', data: { words: 60, max: 50 }, match: longIt }] },
    { text: thirtyEight, language: 'en', options: { maxWordsEnglish: 35 }, findings: [{ messageId: 'longSentence', data: { words: 38, max: 35 } }] },
    { text: thirtyEight, language: 'it', options: { maxWordsItalian: 30 }, findings: [{ messageId: 'longSentence', data: { words: 38, max: 30 } }] },
    {
      // Only the long sentence is flagged, and the span is relative to the whole draft.
      text: `Short opener. ${long} Short closer.`,
      findings: [{ messageId: 'longSentence', match: long }],
    },
    {
      // A colon does not help when one side is still too long.
      text: `One lesson from this year: ${long}`,
      findings: [{ messageId: 'longSentence', data: { words: 63, max: 50 }, match: long }],
    },
    {
      text: `Great launch 🚀 ${long} 🙏🏽`,
      findings: [{ messageId: 'longSentence', data: { words: 63 }, match: long }],
    },
    {
      text: inlineList,
      findings: [{ messageId: 'longInlineList', data: { words: 39, max: 35, items: 23 }, match: inlineList }],
    },
  ],
});
