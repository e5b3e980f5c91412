import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage, findMatches } from '../lexicon';
import { humblebrag as en } from '../lexicons/en/no-humblebrag';
import { humblebrag as it } from '../lexicons/it/no-humblebrag';

const patterns = compileByLanguage({ en, it });

/** "Humbled to announce": self-promotion wearing modesty, which readers recognise and scroll past. */
export default defineRule({
  id: 'no-humblebrag',
  category: 'self-promotion',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['humblebrag'],
  messages: {
    en: {
      name: 'Humblebrag',
      description: 'Flags announcements of one\'s own success dressed as modesty: "humbled to announce", "thrilled to share".',
      messages: {
        humblebrag: {
          message: '"{phrase}" opens a post about you, not about your reader.',
          why: 'Readers recognise the formula as self-promotion and scroll on; studies of humblebragging find it liked less than plain bragging.',
          fix: 'Say the news plainly, then give readers something from it: what you learnt, what they can apply, or a question.',
        },
      },
    },
    it: {
      name: 'Falsa modestia',
      description: 'Segnala gli annunci dei propri successi travestiti da modestia: "orgoglioso di annunciare", "felice di condividere".',
      messages: {
        humblebrag: {
          message: '"{phrase}" apre un post su di te, non su chi legge.',
          why: "Chi legge riconosce la formula come autopromozione e passa oltre; secondo gli studi sull'argomento, la falsa modestia piace meno del vanto dichiarato.",
          fix: 'Dai la notizia in modo semplice, poi offri qualcosa a chi legge: cosa hai imparato, cosa può mettere in pratica, o una domanda.',
        },
      },
    },
  },
  examples: {
    flagged: [
      "I'm humbled and honored to announce that I've been named a Top Voice.",
      'Sono orgoglioso di annunciare che ho ricevuto il premio come miglior manager.',
    ],
    ok: [
      'Humble leaders ask more questions than they answer. Three that changed my meetings:',
      "Sono orgoglioso del mio team: ecco cosa abbiamo imparato lanciando l'app in tre settimane.",
    ],
  },
  check({ text, language, report }) {
    for (const match of findMatches(patterns[language], text)) {
      report({ messageId: 'humblebrag', data: { phrase: match.text }, span: match });
    }
  },
});
