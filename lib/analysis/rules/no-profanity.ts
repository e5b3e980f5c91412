import * as z from 'zod';
import { createDeobfuscator } from '../deobfuscate';
import { defineRule } from '../define-rule';
import { createPhraseFinder, templateKinds } from '../phrases';
import * as en from '../lexicons/en/no-profanity';
import * as it from '../lexicons/it/no-profanity';

// Swearing crosses languages (Italian posts borrow "fuck" and "shit"), and no entry of one language
// is an ordinary word of the other, so every draft is checked against both.
const finder = createPhraseFinder(
  [
    ...templateKinds('profanity', [...en.sure, ...en.vulgarUses, ...it.sure, ...it.vulgarUses]),
    ...templateKinds('profanity', en.caseSensitive, {}, undefined, { caseSensitive: true }),
  ],
  createDeobfuscator([...en.disguisable, ...it.disguisable]),
);

/** Swearing in a public post: readers and employers remember it longer than the point it made. */
export default defineRule({
  id: 'no-profanity',
  category: 'inappropriate',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['profanity', 'disguised'],
  messages: {
    en: {
      name: 'Profanity',
      description:
        'Flags swear words and vulgar expressions in English and Italian, also when disguised (sh*t, f.u.c.k, m3rda); ambiguous words such as "hell" only in their vulgar uses.',
      messages: {
        profanity: {
          message: '"{word}" is profanity.',
          why: 'Swearing in a public post puts off clients, recruiters and colleagues, and it stays attached to your name and brand long after the moment has passed.',
          fix: 'Say what you feel without the swear word: name the problem ("this outage cost us a day") or use a plain intensifier ("really", "seriously").',
        },
        disguised: {
          message: '"{word}" still reads as profanity.',
          why: 'Asterisks, numbers and spaced letters fool filters, not people: readers see the word anyway, and platforms often decode it too.',
          fix: 'Drop the word rather than masking it, and make your point plainly.',
        },
      },
    },
    it: {
      name: 'Parolacce',
      description:
        'Segnala parolacce, bestemmie ed espressioni volgari in italiano e in inglese, anche camuffate (m3rda, c***o, f.u.c.k); le parole ambigue come "palle" solo quando sono usate in senso volgare.',
      messages: {
        profanity: {
          message: '"{word}" è una parolaccia.',
          why: 'Una parolaccia in un post pubblico allontana clienti, selezionatori e colleghi, e resta legata al tuo nome e al tuo marchio molto dopo che il momento è passato.',
          fix: 'Esprimi la stessa emozione senza la parolaccia: descrivi il problema ("il disservizio ci è costato una giornata") o usa un rafforzativo semplice ("davvero", "proprio").',
        },
        disguised: {
          message: '"{word}" si legge comunque come una parolaccia.',
          why: 'Asterischi, numeri e lettere spaziate ingannano i filtri, non le persone: chi legge capisce la parola lo stesso, e spesso anche la piattaforma.',
          fix: "Togli la parola invece di camuffarla e di' quello che pensi in modo diretto.",
        },
      },
    },
  },
  examples: {
    flagged: [
      'This release was a total shitshow and the vendor knows it.',
      'Ennesimo ritardo del fornitore, che m3rda.',
      { text: 'What the f*ck is wrong with this airline?', language: 'en' },
    ],
    ok: [
      'Our assessment of the Scunthorpe plant is ready: cocktail reception at six.',
      "L'analisi dei dati è pronta; domani passo con la cazzuola a sistemare il muretto.",
      'Dick Fosbury changed the high jump forever. What a hell of a story.',
    ],
  },
  check({ text, report }) {
    for (const { match, disguised } of finder(text)) {
      report({ messageId: disguised ? 'disguised' : 'profanity', data: { word: match.text }, span: match });
    }
  },
});
