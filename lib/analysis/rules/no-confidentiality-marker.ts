import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileLexicon, findMatches } from '../lexicon';
import * as en from '../lexicons/en/no-confidentiality-marker';
import * as it from '../lexicons/it/no-confidentiality-marker';

// Labels travel between languages ("CONFIDENTIAL" and "internal only" in Italian posts), so both lists apply.
const markers = compileLexicon([...en.confidentialityMarkers, ...it.confidentialityMarkers]);
const aboutCues = compileLexicon([...en.aboutCues, ...it.aboutCues]);
const QUOTES = /["'“”‘’«»]/;

/** "Internal only", "keep it between us", "riservato", "resti tra noi": the draft says itself it is not for the public. */
export default defineRule({
  id: 'no-confidentiality-marker',
  category: 'confidential',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['marker'],
  messages: {
    en: {
      name: 'Confidentiality labels',
      description:
        'Flags labels and requests that mark content as not for the public: "internal only", "confidential:", "under NDA", "keep it between us", "do not share this". Talking about confidentiality ("why NDAs matter") stays quiet.',
      messages: {
        marker: {
          message: '"{phrase}" says this content is not meant for the public.',
          why: 'A post is public the moment it goes out: a label asking readers to keep it quiet only draws attention to what should not be there, and may breach an agreement.',
          fix: 'Remove the confidential part, or keep the whole thing for an internal channel. If it can be public, drop the label.',
        },
      },
    },
    it: {
      name: 'Etichette di riservatezza',
      description:
        'Segnala etichette e richieste che indicano contenuti non destinati al pubblico: "riservato", "solo per uso interno", "sotto NDA", "che resti tra noi", "non divulgare". Chi parla di riservatezza ("perché gli NDA sono importanti") non viene segnalato.',
      messages: {
        marker: {
          message: '"{phrase}" indica che questo contenuto non è destinato al pubblico.',
          why: "Un post è pubblico dal momento in cui esce: un'etichetta che chiede di non diffonderlo attira l'attenzione proprio su ciò che non dovrebbe esserci, e può violare un accordo di riservatezza.",
          fix: "Togli la parte riservata, oppure usa un canale interno per tutto il messaggio. Se il contenuto può essere pubblico, togli l'etichetta.",
        },
      },
    },
  },
  examples: {
    flagged: [
      'Internal only: here is the draft pricing for next year, feedback welcome before Friday.',
      { text: 'Che resti tra noi, ma il nuovo cliente è una grande banca milanese.', language: 'it' },
    ],
    ok: [
      'Why NDAs matter for freelancers: three clauses to read before you sign.',
      { text: 'La riservatezza dei dati dei clienti è una priorità: ecco come la gestiamo.', language: 'it' },
    ],
  },
  check({ text, report }) {
    const found = findMatches(markers, text);
    if (!found.length) return;
    // A sentence that defines a label or refuses to share is about confidentiality, not a leak.
    aboutCues.lastIndex = 0;
    if (aboutCues.test(text)) return;
    for (const match of found) {
      const quoted = QUOTES.test(text[match.start - 1] ?? '') && QUOTES.test(text[match.end] ?? '');
      if (!quoted) report({ messageId: 'marker', data: { phrase: match.text }, span: match });
    }
  },
});
