import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage } from '../lexicon';
import * as en from '../lexicons/en/no-home-address';
import * as it from '../lexicons/it/no-home-address';
import { isNegated } from '../stance';
import { execAll } from '../exec-all';

/**
 * A cue that the address is someone's home, then the address within a few words. Both parts are
 * bounded, so the pattern stays linear; a shop's or office's address has no such cue and stays quiet.
 */
/** A few words between cue and address, none of which hands the address to someone else ("lives in Leeds and works at…"). */
const gap = (breaks: string) => `(?:(?!\\s(?:${breaks})\\s)[^.!?\\n]){0,30}?`;
const patterns = compileByLanguage({
  en: [`(${en.homeCues.join('|')})${gap('and|but|works?|office')}${en.streetAddress}`],
  it: [`(${it.homeCues.join('|')})${gap('e|ma|lavora|ufficio')}${it.streetAddress}`],
});

/** "She lives at 14 Elm Street", "abita in via Garibaldi 12": where a person sleeps is not for a public post. */
export default defineRule({
  id: 'no-home-address',
  category: 'confidential',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['homeAddress'],
  messages: {
    en: {
      name: 'Home addresses',
      description:
        'Flags a street address given as where someone lives ("she lives at 14 Elm Street", "my home address is…"). The address of a shop, office or venue stays quiet.',
      messages: {
        homeAddress: {
          message: '"{phrase}" tells everyone where a person lives.',
          why: "A home address in a public post reaches strangers as well as friends, and with a name it is enough to find, bother or rob someone. Sharing another person's address also breaks data-protection rules such as the GDPR.",
          fix: 'Remove the address. Send it privately to the people who need it, or name only the town or a public meeting place.',
        },
      },
    },
    it: {
      name: 'Indirizzi di casa',
      description:
        `Segnala un indirizzo indicato come il luogo in cui vive qualcuno ("abita in via Garibaldi 12", "il mio indirizzo di casa è…"). L'indirizzo di un negozio, di un ufficio o di un locale non viene segnalato.`,
      messages: {
        homeAddress: {
          message: '"{phrase}" dice a tutti dove vive una persona.',
          why: "Un indirizzo di casa in un post pubblico arriva a sconosciuti oltre che agli amici, e con un nome basta per trovare, disturbare o derubare qualcuno. Diffondere l'indirizzo di un'altra persona viola anche il GDPR.",
          fix: "Togli l'indirizzo. Mandalo in privato a chi serve, oppure indica solo la città o un luogo pubblico d'incontro.",
        },
      },
    },
  },
  examples: {
    flagged: [
      'Our new intern lives at 14 Elm Street, so drop the welcome pack there.',
      { text: 'Maria abita in via Garibaldi 12, portatele pure i documenti.', language: 'it' },
    ],
    ok: [
      'Our new shop is at 14 Elm Street: open Monday to Saturday, 9 to 6.',
      { text: 'Ci trovi in via Garibaldi 12, dal lunedì al sabato.', language: 'it' },
    ],
  },
  check({ text, language, report }) {
    const pattern = patterns[language];
    pattern.lastIndex = 0;
    for (const found of execAll(pattern, text)) {
      const span = { start: found.index, end: found.index + found[0].length };
      if (isNegated(text, span, language)) continue;
      report({ messageId: 'homeAddress', data: { phrase: found[0] }, span });
    }
  },
});
