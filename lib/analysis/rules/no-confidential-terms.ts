import * as z from 'zod';
import { defineRule } from '../define-rule';
import { findMatches } from '../lexicon';

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The terms change only when the user edits them: keep the last few compiled lists.
const compiled = new Map<string, RegExp | null>();
function compileTerms(terms: readonly string[]): RegExp | null {
  const key = JSON.stringify(terms);
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    const sources = terms
      .map((term) => term.trim())
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)
      .map((term) => escapeRegExp(term).replace(/\s+/g, '\\s+'));
    // Whole words in any script: "Falcon" does not match "Falconer", "Ára" is found in "Progetto Ára".
    pattern = sources.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sources.join('|')})(?![\\p{L}\\p{N}_])`, 'giu') : null;
    if (compiled.size >= 8) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, pattern);
  }
  return pattern;
}

/** The team's own confidential words (codenames, client names, internal projects), set in the options. */
export default defineRule({
  id: 'no-confidential-terms',
  category: 'confidential',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'sentence',
  options: z.object({ terms: z.array(z.string()).default([]) }),
  messageIds: ['term'],
  messages: {
    en: {
      name: "Your team's confidential terms",
      description:
        'Flags the words your team keeps private, such as project codenames, client names and internal product names. Add them in the options; with no terms the rule does nothing.',
      messages: {
        term: {
          message: '"{term}" is on your team\'s list of confidential terms.',
          why: 'Codenames and client names in public tell competitors and journalists what you are working on, and for whom.',
          fix: 'Remove the name or replace it with a neutral description ("a new mobile app", "a retail client").',
        },
      },
    },
    it: {
      name: 'Termini riservati del team',
      description:
        "Segnala le parole che il tuo team tiene riservate, come i nomi in codice dei progetti, i nomi dei clienti e quelli dei prodotti interni. Aggiungile nelle opzioni: finché l'elenco è vuoto, la regola non fa nulla.",
      messages: {
        term: {
          message: '"{term}" è nell\'elenco dei termini riservati del tuo team.',
          why: 'Nomi in codice e nomi dei clienti in un post pubblico rivelano a concorrenti e giornalisti a cosa lavora il tuo team, e per chi.',
          fix: 'Togli il nome o sostituiscilo con una descrizione neutra ("una nuova app", "un cliente della grande distribuzione").',
        },
      },
    },
  },
  examples: {
    flagged: [
      { text: 'Late night at the office, but Project Falcon is finally taking shape!', options: { terms: ['Project Falcon'] } },
      { text: 'Grande giornata in Banca Aurora con il team: si parte a settembre!', language: 'it', options: { terms: ['Banca Aurora'] } },
    ],
    ok: [
      { text: 'A falcon nested on our office roof this spring.', options: { terms: ['Project Falcon'] } },
      'Late night at the office, but the new app is finally taking shape!',
    ],
  },
  check({ text, options, report }) {
    const pattern = compileTerms(options.terms);
    if (!pattern) return;
    for (const match of findMatches(pattern, text)) {
      report({ messageId: 'term', data: { term: match.text }, span: match });
    }
  },
});
