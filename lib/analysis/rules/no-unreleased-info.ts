import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileByLanguage, compileLexicon, findMatches, lazyByLanguage } from '../lexicon';
import * as en from '../lexicons/en/no-unreleased-info';
import * as it from '../lexicons/it/no-unreleased-info';
import { execAll } from '../exec-all';

// Both lists in one pass: the group that matched tells how sure the match is.
function compilePhrases(lexicon: typeof en): RegExp {
  const { source: strong, flags } = compileLexicon(lexicon.unreleasedStrong);
  const weak = compileLexicon(lexicon.unreleasedInOwnVoice).source;
  return new RegExp(`(?<strong>${strong})|(?<weak>${weak})`, flags);
}
const phrases = lazyByLanguage({ en: () => compilePhrases(en), it: () => compilePhrases(it) });
const ownVoice = compileByLanguage({ en: en.ownVoice, it: it.ownVoice });

/** Results, deals and layoffs shared before they are public: insider information, and a breach of trust. */
export default defineRule({
  id: 'no-unreleased-info',
  category: 'confidential',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  scope: 'sentence',
  options: z.object({}),
  messageIds: ['unreleased'],
  messages: {
    en: {
      name: 'Unreleased results and deals',
      description:
        'Flags news shared before it is public: results before the earnings call, acquisitions being negotiated, layoffs or launches "not announced yet", embargoed news. Announcing what is already public stays quiet.',
      messages: {
        unreleased: {
          message: '"{phrase}": this shares news that is not public yet.',
          why: 'Results, deals and reorganisations shared early can break market-abuse rules (MAR in the EU), an embargo or an agreement, and colleagues and clients deserve to hear them first through the proper channel.',
          fix: 'Wait for the official announcement and then share or link it. Until then, talk about what is already public.',
        },
      },
    },
    it: {
      name: 'Risultati e operazioni non ancora annunciati',
      description:
        'Segnala notizie date prima che siano pubbliche: risultati prima della call con gli analisti, acquisizioni in trattativa, licenziamenti o lanci "non ancora annunciati", notizie sotto embargo. Annunciare ciò che è già pubblico non viene segnalato.',
      messages: {
        unreleased: {
          message: '"{phrase}": questa notizia non è ancora pubblica.',
          why: 'Diffondere in anticipo risultati, operazioni o riorganizzazioni può violare un embargo, un accordo o, per le società quotate, le norme sulle informazioni privilegiate (MAR, Reg. UE 596/2014; in Italia vigila la Consob). E colleghi e clienti meritano di saperlo per primi, dai canali ufficiali.',
          fix: "Aspetta l'annuncio ufficiale e poi condividilo o mettine il link. Fino ad allora parla di ciò che è già pubblico.",
        },
      },
    },
  },
  examples: {
    flagged: [
      'Sneak peek at our Q3 numbers before the earnings call: revenue up 38%, best quarter ever!',
      { text: 'Siamo in trattativa per acquisire una startup torinese: vi racconto tutto appena firmiamo.', language: 'it' },
    ],
    ok: [
      'Today we announced our Q3 results: revenue grew 12%. The full report is on our investor site.',
      { text: "Come annunciato ieri, abbiamo completato l'acquisizione di Rossi Logistica.", language: 'it' },
    ],
  },
  check({ text, language, report }) {
    // One finding per sentence is enough: the first certain phrase, else the first that counts in the company's voice.
    let weak: RegExpMatchArray | undefined;
    for (const match of execAll(phrases[language], text)) {
      if (match.groups!.strong !== undefined) return reportPhrase(match);
      weak ??= match;
    }
    if (weak && findMatches(ownVoice[language], text).length) reportPhrase(weak);

    function reportPhrase(match: RegExpMatchArray): void {
      const start = match.index!;
      report({ messageId: 'unreleased', data: { phrase: match[0] }, span: { start, end: start + match[0].length } });
    }
  },
});
