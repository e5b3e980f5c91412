import * as z from 'zod';
import { limitOffset } from '../counting';
import { defineRule } from '../define-rule';

/** Over the platform's hard limit, counted the way the platform counts: the post cannot go out as is. */
export default defineRule({
  id: 'max-length',
  category: 'length',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'document',
  options: z.object({}),
  messageIds: ['overLimit'],
  messages: {
    en: {
      name: 'Over the platform limit',
      description: "Flags a post longer than the platform accepts, counted the way the platform counts (on X links count 23 and emoji 2; on Bluesky every emoji counts 1).",
      messages: {
        overLimit: {
          message: '{count} characters: {over} over the {limit} that {platform} accepts.',
          why: '{platform} will refuse the post or cut it, and the end is often where the conclusion is.',
          fix: 'Cut {over} characters: drop filler words and repeated ideas, or split the post into a thread.',
        },
      },
    },
    it: {
      name: 'Oltre il limite della piattaforma',
      description: 'Segnala un post più lungo di quanto la piattaforma consenta, contato come lo conta la piattaforma (su X i link valgono 23 caratteri e le emoji 2; su Bluesky ogni emoji vale 1).',
      messages: {
        overLimit: {
          message: '{count} caratteri: {over} oltre i {limit} consentiti da {platform}.',
          why: '{platform} rifiuterà il post o lo troncherà, e spesso è proprio in fondo che si trova la conclusione.',
          fix: 'Togli {over} caratteri: elimina le parole superflue e le idee ripetute, oppure dividi il post in un thread.',
        },
      },
    },
  },
  examples: {
    flagged: [{ text: 'Long read. '.repeat(30), platform: 'x' }],
    ok: [{ text: 'Three ways to cut a meeting in half: an agenda, a timer, a decision owner.', platform: 'x' }],
  },
  check({ text, platform, stats, report }) {
    const { limit, characters } = stats;
    if (limit === null || characters <= limit) return;
    // Highlight exactly what does not fit.
    const cut = limitOffset(text, platform, limit);
    report({
      messageId: 'overLimit',
      data: { count: characters, limit, over: characters - limit, platform: platform.name },
      span: { start: cut, end: text.length },
    });
  },
});
