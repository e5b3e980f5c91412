import { testRule } from '../testing';
import rule from './no-tag-stuffing';

testRule(rule, {
  valid: [
    { text: 'Three things that cut our build time in half: caching, smaller images, parallel tests. #devops', platform: 'x' },
    { text: 'Our audit checklist for accessible forms, with the three errors we see most often in client projects. #a11y #ux #design #frontend #css', platform: 'instagram' },
    { text: 'Grazie a @giulia e @marco_b per il workshop di ieri: le slide sono nel primo commento.', platform: 'linkedin' },
    // Emails and headings are not tags.
    { text: 'Write to press@example.com for the kit. Issue #42 is fixed.', platform: 'x' },
    // Two tags on a short post are fine, and so are a few under a short line.
    { text: 'Spring! #garden #tulips', platform: 'instagram' },
    { text: 'Great panel today!\n\n#ai #ml #data #tech', platform: 'linkedin' },
    // A caption of tags and emoji alone promotes nothing: the reader-value rules say what it lacks.
    { text: '🍂🍁🧡 #autunno #mood #foliage #vibes #photooftheday #tbt', platform: 'instagram' },
  ],
  invalid: [
    {
      text: 'Sunday bake 🍞 #sourdough #bread #baking #homemade #breadmaking #foodie #instafood',
      platform: 'instagram',
      findings: [
        {
          messageId: 'tooManyHashtags',
          data: { count: 7, max: 5, extra: 2, platform: 'Instagram' },
          match: '#foodie #instafood',
        },
      ],
    },
    {
      text: 'Nuovo articolo sul bilancio di sostenibilità #ESG #sostenibilità #CSR',
      platform: 'x',
      findings: [{ messageId: 'tooManyHashtags', data: { count: 3, max: 2, extra: 1, platform: 'X' }, match: '#CSR' }],
    },
    {
      text: 'Thanks @ana @ben @carla @dan @eva @fede @gio for coming!',
      platform: 'linkedin',
      findings: [{ messageId: 'tooManyMentions', data: { count: 7, max: 5, extra: 2, platform: 'LinkedIn' }, match: '@fede @gio' }],
    },
    {
      // Fediverse mentions count too.
      text: 'cc @ana@mastodon.social @ben@fosstodon.org @carla @dan @eva @fede',
      platform: 'mastodon',
      findings: [{ messageId: 'tooManyMentions', data: { count: 6 }, match: '@fede' }],
    },
    {
      // Tags are read line by line and counted over the whole draft, Windows line breaks included;
      // a hashtag inside a link on its line is not a tag.
      text: 'Sunday bake #sourdough\r\n#bread #baking\r\n\r\nRecipe: https://example.com/bake#top\n#homemade #breadmaking\n#foodie with @ana',
      platform: 'instagram',
      findings: [{ messageId: 'tooManyHashtags', data: { count: 6, max: 5, extra: 1, platform: 'Instagram' }, match: '#foodie' }],
    },
  ],
});
