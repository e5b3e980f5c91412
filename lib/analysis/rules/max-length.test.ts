import { testRule } from '../testing';
import rule from './max-length';

const sentence = 'Shipping small is a habit. ';

testRule(rule, {
  valid: [
    { text: 'a'.repeat(280), platform: 'x' },
    { text: sentence.repeat(200), platform: 'generic' },
    // 300 emoji are 300 graphemes: exactly Bluesky's limit.
    { text: '👍🏽'.repeat(300), platform: 'bluesky' },
    // On X every URL weighs 23, however long it is.
    { text: `Read this: https://example.com/${'a'.repeat(400)}`, platform: 'x' },
  ],
  invalid: [
    {
      text: 'a'.repeat(290),
      platform: 'x',
      findings: [{ messageId: 'overLimit', data: { count: 290, limit: 280, over: 10, platform: 'X' }, match: 'a'.repeat(10) }],
    },
    {
      // Emoji weigh 2 on X: 141 of them are 282.
      text: '🙂'.repeat(141),
      platform: 'x',
      findings: [{ messageId: 'overLimit', data: { count: 282, over: 2 }, match: '🙂' }],
    },
    {
      text: '👍🏽'.repeat(301),
      platform: 'bluesky',
      findings: [{ messageId: 'overLimit', data: { count: 301, limit: 300 }, match: '👍🏽' }],
    },
    {
      text: 'x'.repeat(3001),
      platform: 'linkedin',
      findings: [{ messageId: 'overLimit', data: { count: 3001, limit: 3000, over: 1 }, match: 'x' }],
    },
    {
      // Mastodon counts a remote mention by its user name and every URL as 23.
      text: `@ana@example.social ${'b'.repeat(480)} https://example.com/${'c'.repeat(100)}`,
      platform: 'mastodon',
      findings: [{ messageId: 'overLimit', data: { count: 509, over: 9 } }],
    },
  ],
});
