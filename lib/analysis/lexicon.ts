/**
 * Lexicons are data: arrays of entries, each a small regular expression written for people.
 * - A space matches any run of white space, so "link in bio" also matches "link  in\nbio".
 * - An apostrophe matches both ' and ’.
 * - Entries are whole words: they never match inside a longer word (Scunthorpe stays clean).
 * - Matching ignores case unless the lexicon is compiled with `caseSensitive`.
 */

const WORD_CHAR = '[\\p{L}\\p{N}_]';

export interface LexiconOptions {
  caseSensitive?: boolean;
}

export function compileLexicon(entries: readonly string[], options: LexiconOptions = {}): RegExp {
  const sources = [...entries]
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.replace(/ +/g, '\\s+').replace(/'/g, "['’]"));
  const body = sources.length ? sources.join('|') : '(?!)';
  const flags = options.caseSensitive ? 'gu' : 'giu';
  return new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, flags);
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function findMatches(pattern: RegExp, text: string): Match[] {
  const matches: Match[] = [];
  pattern.lastIndex = 0;
  for (const found of text.matchAll(pattern)) {
    if (found[0].length === 0) continue;
    matches.push({ start: found.index, end: found.index + found[0].length, text: found[0] });
  }
  return matches;
}

/** Lexicons split by language: compile once, pick by the draft's language. */
export function compileByLanguage<L extends string>(
  lexicons: Record<L, readonly string[]>,
  options?: LexiconOptions,
): Record<L, RegExp> {
  const compiled = {} as Record<L, RegExp>;
  for (const language of Object.keys(lexicons) as L[]) {
    compiled[language] = compileLexicon(lexicons[language], options);
  }
  return compiled;
}
