import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage } from '../lexicon';
import { greetings as en } from '../lexicons/en/key-message-before-fold';
import { greetings as it } from '../lexicons/it/key-message-before-fold';
import { countProseWords } from '../prose';

const greetingPatterns = compileByLanguage({ en, it });

/**
 * A sentence shorter than this ("Big news!", "Update:", "Ciao Marco!") is a lead-in, not a message:
 * the reader who stops at the fold has still learnt nothing.
 */
const MIN_MESSAGE_WORDS = 3;
/**
 * Words of the first message that must show above the fold for the reader to get its gist: a
 * caption whose point comes first but runs past the fold is fine; one that shows two words of it is not.
 */
const MIN_VISIBLE_WORDS = 8;

/**
 * LinkedIn and Instagram fold long posts behind "see more"; most readers decide from what shows
 * above it. The rule cannot judge which sentence is the key one, but it can tell when the visible
 * opening holds no complete message at all.
 */
export default defineRule({
  id: 'key-message-before-fold',
  category: 'length',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'document',
  options: z.object({}),
  messageIds: ['sentencePastFold', 'nothingBeforeFold'],
  messages: {
    en: {
      name: 'Key message before the fold',
      description:
        'On platforms that fold long posts behind "see more" (LinkedIn, Instagram), flags an opening that holds only greetings, emoji, hashtags or mentions, or shows just a few words of the first real sentence before the fold.',
      messages: {
        sentencePastFold: {
          message: '{platform} shows about {foldAt} characters before "see more", and your first sentence has not ended by then.',
          why: 'Most readers decide from the visible lines whether to expand the post; a sentence cut in half gives them no reason to.',
          fix: 'Open with one short sentence that carries the key message (the lesson, the news, the question), and tell the story after it.',
        },
        nothingBeforeFold: {
          message: 'The first {foldAt} characters, all that {platform} shows before "see more", carry no message.',
          why: 'Greetings, emoji and hashtags use up the only lines every reader sees, so the key message stays hidden behind "see more".',
          fix: 'Get straight to the point in a short first sentence; move greetings, hashtags and mentions to the end.',
        },
      },
    },
    it: {
      name: 'Messaggio chiave prima di "…altro"',
      description:
        'Sulle piattaforme che troncano i post lunghi con "…altro" (LinkedIn, Instagram), segnala un inizio in cui la prima vera frase viene troncata, o che contiene solo saluti, emoji, hashtag o menzioni.',
      messages: {
        sentencePastFold: {
          message: '{platform} mostra circa {foldAt} caratteri prima di "…altro", e a quel punto la tua prima frase non è ancora finita.',
          why: 'Chi legge decide dalle prime righe se aprire il post: una frase troncata a metà non offre un motivo per farlo.',
          fix: 'Apri con una frase breve che contenga il messaggio chiave (la lezione, la notizia, la domanda) e racconta il resto dopo.',
        },
        nothingBeforeFold: {
          message: 'I primi {foldAt} caratteri, tutto ciò che {platform} mostra prima di "…altro", non contengono ancora nessun messaggio.',
          why: 'Saluti, emoji e hashtag occupano le uniche righe che tutti vedono, e il messaggio chiave resta nascosto dopo "…altro".',
          fix: 'Entra nel merito fin dalla prima frase, breve; sposta saluti, hashtag e menzioni alla fine.',
        },
      },
    },
  },
  examples: {
    flagged: [
      {
        text: 'Hello LinkedIn family! 👋👋 Happy Monday everyone! ☀️☀️☀️ #mondaymotivation #leadership #growth #teamwork #people #culture #worklife #hr #management #inspiration #motivation #success So last Tuesday, in yet another two-hour planning meeting that could have been an email, I started counting. Here is what we changed.',
        platform: 'linkedin',
      },
      {
        text: 'Buongiorno a tutti! ☀️\n\n#lunedì #motivazione\n\nOggi vi racconto come abbiamo dimezzato i tempi di consegna senza assumere nessuno.',
        platform: 'linkedin',
      },
    ],
    ok: [
      {
        text: 'We cut our planning meetings from two hours to twenty minutes.\n\nThree changes did it:\n1. A written agenda sent the day before.\n2. A timer on the table.\n3. One person who owns each decision.\n\nWhich one would your team resist most?',
        platform: 'linkedin',
      },
      {
        text: 'Abbiamo dimezzato i tempi di consegna senza assumere nessuno. 📦\n\nEcco le tre cose che abbiamo cambiato in magazzino, una alla volta, nel corso di sei mesi di prove ed errori.',
        platform: 'instagram',
      },
    ],
  },
  check({ text, language, platform, sentences, stats, report, memo }) {
    const fold = stats.foldAt;
    if (fold === null) return;
    const visibleStart = text.length - text.trimStart().length;
    const visibleEnd = Math.max(visibleStart, text.slice(0, fold).trimEnd().length);
    const data = { foldAt: fold, platform: platform.name };
    const span = { start: visibleStart, end: visibleEnd };
    const carriesMessage = (sentence: string) =>
      memo(sentence, () => countProseWords(sentence.replace(greetingPatterns[language], ' ')) >= MIN_MESSAGE_WORDS);
    const first = sentences.find((sentence) => carriesMessage(sentence.text));
    // No message anywhere (a caption of a few words and hashtags): the fold hides nothing.
    if (!first) return;
    if (first.start >= fold) report({ messageId: 'nothingBeforeFold', data, span });
    else if (first.end > fold && countProseWords(text.slice(first.start, fold)) < MIN_VISIBLE_WORDS) {
      report({ messageId: 'sentencePastFold', data, span });
    }
  },
});
