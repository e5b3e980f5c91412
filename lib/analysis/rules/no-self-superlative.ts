import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileLexicon, findMatches, type Match } from '../lexicon';
import { mergeOverlapping } from '../overlaps';
import { selfSuperlative as en } from '../lexicons/en/no-self-superlative';
import { selfSuperlative as it } from '../lexicons/it/no-self-superlative';
import type { Language } from '../schema';

const lexicons = { en, it };
const compiled = Object.fromEntries(
  (Object.keys(lexicons) as Language[]).map((language) => {
    const lexicon = lexicons[language];
    return [
      language,
      {
        patterns: compileLexicon(lexicon.patterns),
        localBest: compileLexicon(lexicon.localBest),
        self: compileLexicon(lexicon.self),
        customerVerbs: compileLexicon(lexicon.customerVerbs),
      },
    ];
  }),
) as Record<Language, Record<keyof typeof en, RegExp>>;

// Cheap gate: no claim can be made without one of these.
const prefilter: Record<Language, RegExp> = {
  en: /best|greatest|highest|beat|#1|#one|no\.? ?1|number (one|1)|finest|lead|\btop\b|largest|only (agency|company|firm|studio|provider|brand)|most (reliable|trusted|advanced|innovative|complete|experienced|affordable|powerful|secure|popular|awarded|qualified)|world.class|rival|unmatched|unbeatable|unparalleled|unsurpassed|second to none|rated|ranked|tier (1|one)|award|first choice|nobody|no.one|none (does|do|can|comes|beats)|better than|ahead of|outperform|outclass/i,
  it: /miglior|numero (uno|1)|n\.? ?1|#1|prim[oaie] (in|nel|nella|sul|sulla|al|tra) |più (brav|grand|affidabil|espert|convenient|innovativ|complet|sicur|veloc)|leader|eccellenz|(livello|classe) mondiale|eguagliabil|superabil|pareggiabil|battibil|senza (rivali|eguali|pari|concorrenti)|unic[oaie] (in|sul|al|nel) |premiat|al top|meglio di/i,
};

/** Superlatives about oneself: readers discount them, and they promise what the post does not show. */
export default defineRule({
  id: 'no-self-superlative',
  category: 'self-promotion',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['selfSuperlative'],
  messages: {
    en: {
      name: 'Superlatives about yourself',
      description: 'Flags superlatives about yourself or your company and product: "we are the #1", "our world-class team", "the best agency in town". Praise of others is fine.',
      messages: {
        selfSuperlative: {
          message: '"{phrase}" is a superlative about yourself.',
          why: 'Everyone claims to be the best, so readers skip the claim, and an unproven "#1" makes the rest of the post less believable.',
          fix: 'Replace the claim with the evidence behind it: a number, a result for a client, a review in their words.',
        },
      },
    },
    it: {
      name: 'Superlativi su di sé',
      description: 'Segnala i superlativi su di sé o sulla propria azienda e sul proprio prodotto: "siamo i numeri uno", "leader indiscussi", "i migliori sul mercato". Lodare gli altri va bene.',
      messages: {
        selfSuperlative: {
          message: '"{phrase}" è un superlativo su di te.',
          why: 'Tutti dicono di essere i migliori, quindi chi legge salta l\'affermazione; un "numero uno" senza prove rende meno credibile anche il resto del post.',
          fix: 'Sostituisci l\'affermazione con le prove: un numero, un risultato ottenuto per un cliente, una recensione con le sue parole.',
        },
      },
    },
  },
  examples: {
    flagged: [
      "We're the #1 digital agency in Manchester, and our world-class team is ready for your project.",
      { text: 'Da vent\'anni siamo leader indiscussi nella ristorazione collettiva.', language: 'it' },
    ],
    ok: [
      'The best advice I got as a junior: write the summary before the analysis.',
      { text: 'Il miglior consiglio che ho ricevuto? Scrivi la conclusione prima dell\'analisi.', language: 'it' },
    ],
  },
  check({ text, language, report }) {
    if (!prefilter[language].test(text)) return;
    const patterns = compiled[language];
    const found: Match[] = findMatches(patterns.patterns, text);
    const localBest = findMatches(patterns.localBest, text);
    const selfCues = localBest.length ? findMatches(patterns.self, text) : [];
    for (const match of localBest) {
      // "The best agency in town" is a self-claim only where the writer speaks as the business.
      const self = selfCues.some((cue) => cue.end <= match.start || cue.start >= match.end);
      if (self && !findMatches(patterns.customerVerbs, text.slice(0, match.start)).length) found.push(match);
    }
    for (const match of mergeOverlapping(text, found)) {
      report({ messageId: 'selfSuperlative', data: { phrase: match.text }, span: match });
    }
  },
});
