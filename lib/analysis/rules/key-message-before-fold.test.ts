import { testRule } from '../testing';
import rule from './key-message-before-fold';

const story =
  'Last Tuesday, while I was sitting in yet another two-hour planning meeting that could easily have been a short email, I started counting how many of the people around the table had actually said anything useful, and the answer surprised me.';
const storyIt =
  "Martedì scorso, durante l'ennesima riunione di pianificazione di due ore che poteva tranquillamente essere una mail di cinque righe, ho iniziato a contare quante persone al tavolo avessero detto qualcosa di utile, e la risposta mi ha sorpreso.";
const body = '\n\nWe changed three things: a written agenda, a timer on the table and one owner per decision. Meetings now take twenty minutes and nobody misses the old ones.';
const visible = (text: string, fold: number) => text.slice(0, fold).trimEnd();
const greetingsFirst = 'Hello LinkedIn family! 👋👋 Happy Monday everyone! ☀️☀️☀️ #mondaymotivation #leadership #growth #teamwork #people #culture #worklife #hr #management #inspiration #motivation #success ';

testRule(rule, {
  valid: [
    // No fold on X, and a short LinkedIn post shows whole.
    { text: story, platform: 'x' },
    { text: 'We cut our planning meetings to twenty minutes. Here is how.', platform: 'linkedin' },
    { text: `We cut our planning meetings from two hours to twenty minutes.${body}${body}`, platform: 'linkedin' },
    // A greeting first is fine when a real sentence follows before the fold.
    { text: `Hi everyone! 👋 We cut our planning meetings from two hours to twenty minutes.${body}`, platform: 'linkedin' },
    // A two-word lead-in is skipped, and the message after it ends before the fold.
    { text: `Big news! From Monday our shop opens at 8, an hour earlier.${body}`, platform: 'instagram' },
    {
      text: `Buongiorno a tutti! Da lunedì il negozio apre alle 8, un'ora prima. ☕\n\nAbbiamo ascoltato chi passa prima del lavoro e ci chiedeva un caffè. Vi aspettiamo!`,
      platform: 'instagram',
      language: 'it',
    },
    // Nothing but a mood and hashtags anywhere: the fold hides no message.
    { text: 'Weekend vibes ☀️🌊\n\n#summer #liguria #seaside #holiday #travelgram #italy', platform: 'instagram' },
    // The first message starts at the top: the reader sees its gist even when the fold cuts it.
    { text: `${story}${body}`, platform: 'linkedin' },
    { text: `${storyIt}\n\nAbbiamo cambiato tre cose e ora le riunioni durano venti minuti.`, platform: 'linkedin', language: 'it' },
    { text: `${story}${body}`, platform: 'instagram' },
    { text: `Good morning LinkedIn! ☀️ Big news. ${story}`, platform: 'linkedin' },
  ],
  invalid: [
    {
      // Greetings, emoji and hashtags fill the visible lines; only a few words of the first message show.
      text: `${greetingsFirst}${story}${body}`,
      platform: 'linkedin',
      findings: [{ messageId: 'sentencePastFold', data: { foldAt: 210, platform: 'LinkedIn' }, match: visible(`${greetingsFirst}${story}`, 210) }],
    },
    {
      // LinkedIn also folds after three lines: here greetings, blank lines and hashtags fill them.
      text: `Buongiorno a tutti! ☀️\n\n#lunedì #motivazione #team\n\nOggi vi racconto come abbiamo dimezzato i tempi di consegna senza assumere nessuno.`,
      platform: 'linkedin',
      language: 'it',
      findings: [{ messageId: 'nothingBeforeFold', data: { foldAt: 50, platform: 'LinkedIn' }, match: 'Buongiorno a tutti! ☀️\n\n#lunedì #motivazione #team' }],
    },
    {
      text: `@annaverdi @studiorossi 🙏🙏🙏\n🎉🎉\n${story}`,
      platform: 'instagram',
      findings: [{ messageId: 'nothingBeforeFold', data: { foldAt: 35 }, match: '@annaverdi @studiorossi 🙏🙏🙏\n🎉🎉' }],
    },
  ],
});
