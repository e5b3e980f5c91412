import { testRule } from '../testing';
import rule from './approaching-limit';

const tip = 'Write the headline last: once the post is done you know what it says. ';
const threadsPost = `${tip.repeat(6)}Then cut every word that does not earn its place.`; // 469 characters

testRule(rule, {
  valid: [
    { text: tip, platform: 'x' },
    // 251 of 280: just under 90%.
    { text: 'a'.repeat(251), platform: 'x' },
    // Over the limit is max-length's business.
    { text: 'a'.repeat(281), platform: 'x' },
    { text: tip.repeat(100), platform: 'generic' },
    { text: tip.repeat(30), platform: 'linkedin' },
    { text: threadsPost, platform: 'threads', options: { fromShare: 0.95 } },
  ],
  invalid: [
    {
      text: threadsPost,
      platform: 'threads',
      findings: [{ messageId: 'nearLimit', data: { left: 31, limit: 500, platform: 'Threads' }, match: threadsPost.slice(449) }],
    },
    { text: 'a'.repeat(280), platform: 'x', findings: [{ messageId: 'nearLimit', data: { left: 0, limit: 280, platform: 'X' } }] },
    {
      // Bluesky counts graphemes: each flag is one, though it is four UTF-16 units.
      text: 'Oggi a Bologna la finale europea di pallavolo femminile: palazzetto pieno da ore, cori in quattro lingue, bandiere ovunque e un tifo che non sentivo da anni. Chiunque vinca stasera, questa squadra ha già cambiato il modo in cui le bambine guardano questo sport. Forza ragazze! 🇮🇹🇮🇹🇮🇹🏐🏐',
      platform: 'bluesky',
      language: 'it',
      findings: [{ messageId: 'nearLimit', data: { left: 18, limit: 300, platform: 'Bluesky' } }],
    },
    {
      // A link counts 23 on X however long it is.
      text: `${'Shipping small is a habit. '.repeat(9)}https://example.com/${'a'.repeat(300)}`,
      platform: 'x',
      findings: [{ messageId: 'nearLimit', data: { left: 14 } }],
    },
  ],
});
