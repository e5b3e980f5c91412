import * as z from 'zod';
import { defineRule } from '../define-rule';

/**
 * A post that still fits but is close to the platform's hard limit: a tip, so the writer knows how
 * much room is left before a late edit (a link, a mention, a fixed typo) pushes it over.
 */
export default defineRule({
  id: 'approaching-limit',
  category: 'length',
  languages: ['en', 'it'],
  defaultSeverity: 'info',
  scope: 'document',
  options: z.object({
    /** Share of the limit from which the tip appears. */
    fromShare: z.number().min(0.5).max(1).default(0.9),
  }),
  messageIds: ['nearLimit'],
  messages: {
    en: {
      name: 'Close to the limit',
      description: 'Tells you when a post uses 90% or more (by default) of the characters the platform accepts, counted the way the platform counts.',
      messages: {
        nearLimit: {
          message: '{left} characters left of the {limit} that {platform} accepts.',
          why: 'A last-minute link, mention or correction can push the post over, and {platform} will then refuse or cut it.',
          fix: 'Nothing to do if you are done; if you still want to add something, make room first by trimming the highlighted end.',
        },
      },
    },
    it: {
      name: 'Vicino al limite',
      description: 'Avvisa quando un post arriva al 90% (per impostazione predefinita) dei caratteri consentiti dalla piattaforma, contati come li conta la piattaforma.',
      messages: {
        nearLimit: {
          message: 'Restano {left} caratteri dei {limit} consentiti da {platform}.',
          why: "Un link, una menzione o una correzione dell'ultimo minuto possono farti superare il limite, e a quel punto {platform} rifiuterà o troncherà il post.",
          fix: 'Se hai finito, non devi fare nulla; se vuoi aggiungere qualcosa, fai prima spazio accorciando la parte finale evidenziata.',
        },
      },
    },
  },
  examples: {
    flagged: [
      {
        text: 'Three things I check before every release: the changelog reads like it was written for users, not for us; the rollback has been tried on staging this week, not last quarter; and someone outside the team has clicked through the new flow. Skipping any one has cost us a weekend.',
        platform: 'x',
      },
    ],
    ok: [
      { text: 'Three things I check before every release: a readable changelog, a tested rollback, and a fresh pair of eyes on the new flow.', platform: 'x' },
      { text: 'Nessun limite qui: una bozza generica può essere lunga quanto serve. '.repeat(8), platform: 'generic' },
    ],
  },
  check({ text, platform, stats, options, report }) {
    const { limit, characters } = stats;
    if (limit === null || characters > limit) return;
    const from = Math.ceil(limit * options.fromShare);
    if (characters < from) return;
    // Highlight the stretch in the last share of the limit. Its start is estimated in proportion,
    // which is exact where the platform counts UTF-16 units; finding it exactly on X or Mastodon
    // means re-counting prefixes with twitter-text, too slow to repeat on every keystroke.
    const tail = Math.ceil(((characters - from + 1) * text.length) / Math.max(characters, 1));
    report({
      messageId: 'nearLimit',
      data: { left: limit - characters, limit, platform: platform.name },
      span: { start: Math.max(0, text.length - tail), end: text.length },
    });
  },
});
