import { compileByLanguage } from './lexicon';
import * as en from './lexicons/en/sources';
import * as it from './lexicons/it/sources';
import type { Language } from './schema';

const citations = compileByLanguage({ en: en.citations, it: it.citations });
const namedCitations = compileByLanguage({ en: en.namedCitations, it: it.namedCitations }, { caseSensitive: true });
const institutions = compileByLanguage({ en: en.institutions, it: it.institutions });
const namedInstitutions = compileByLanguage({ en: en.namedInstitutions, it: it.namedInstitutions }, { caseSensitive: true });
const LINK = /(?:https?:\/\/|www\.)\S|(?:(?<![\p{L}\p{N}@.-])|(?<=[@.][\p{L}\p{N}]*-))[\p{L}\p{N}-]+\.(?:com|it|org|io|net|dev|eu|edu|gov|co|app|ly)\/\S/iu;

function found(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/**
 * Does the draft point readers somewhere they can check: a link, or a reference written as references
 * are ("Fucci et al., 2018", "according to Eurostat", "published in Nature")?
 */
export function hasCitation(text: string, language: Language): boolean {
  return hasLink(text) || found([citations[language], namedCitations[language]], text);
}

function hasLink(text: string): boolean {
  // Every link has a slash or "www."; most drafts have neither, and the check is then free.
  return (text.includes('/') || text.includes('www.')) && LINK.test(text);
}

/**
 * Does the draft name where its facts come from: a citation, or an institution a claim can lean on
 * (Istat, Gallup, a university)? It is what turns "studies show" into something a reader can check.
 */
export function citesSource(text: string, language: Language): boolean {
  return hasCitation(text, language) || found([institutions[language], namedInstitutions[language]], text);
}
