/**
 * Finds "voi" (second person plural) in Italian interface and coaching texts, which speak to the user
 * as "tu". Quoted passages ("…", «…») are left out: they quote drafts, whose authors may well address
 * their own readers as "voi".
 *
 * The forms are chosen to avoid false alarms: "-ate" and "-ite" verbs are also feminine plural
 * participles ("recensioni pagate", "informazioni inserite"), so only their forms with an attached
 * pronoun ("scriveteci", "iscrivetevi") and a short list of forms that are rarely participles count;
 * words in "-ete" are almost only verbs ("scrivete", "aggiungete", "avrete"), except a few nouns and
 * adjectives listed here.
 */

const QUOTED = /"[^"\n]*"|«[^»\n]*»/g;

const PRONOUN = /(?<![\p{L}'])(?:voi|vostr[oaie]|vi|ve)(?!\p{L})/giu;

const WITH_CLITIC = /\p{L}+(?:ate|ete|ite)(?:ci|vi|lo|la|li|le|mi|gli|vene|cene|velo|vela|celo|cela)(?!\p{L})/giu;

const ENDING_IN_ETE = /\p{L}+ete(?!\p{L})/giu;

/** Nouns and adjectives that end in "-ete" like a "voi" verb. */
const NOT_VERBS_IN_ETE = new Set([
  'rete', 'sete', 'parete', 'prete', 'abete', 'ebete', 'mete', 'monete', 'comete', 'diete', 'pianete', 'atlete',
  'poete', 'concrete', 'discrete', 'segrete', 'complete', 'incomplete', 'quiete', 'inquiete', 'consuete', 'liete',
  'obsolete', 'replete',
]);

/** "Voi" forms in "-ate" and "-ite", and irregular ones, that are rarely anything else. */
const VOI_WORDS = /(?<!\p{L})(?:siete|fate|dite|venite|aprite|offrite|scoprite|evitate|guardate|ricordate)(?!\p{L})/giu;

/** The "voi" forms in `text`, outside quotations, in order of appearance. */
export function voiForms(text: string): string[] {
  const unquoted = text.replace(QUOTED, ' ');
  const found: { index: number; word: string }[] = [];
  for (const pattern of [PRONOUN, WITH_CLITIC, VOI_WORDS]) {
    for (const match of unquoted.matchAll(pattern)) found.push({ index: match.index, word: match[0] });
  }
  for (const match of unquoted.matchAll(ENDING_IN_ETE)) {
    if (!NOT_VERBS_IN_ETE.has(match[0].toLowerCase())) found.push({ index: match.index, word: match[0] });
  }
  return found.sort((a, b) => a.index - b.index).map(({ word }) => word);
}
