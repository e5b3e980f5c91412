/**
 * Turns the tokens a pack lists into one regular expression that is linear by construction: every
 * character is literal except `*` (a bounded run of word characters) and white space (a bounded run
 * of white space). Nothing repeats without bound, so each attempt reads at most a fixed number of
 * characters and no token, however written, can make a search slow.
 */

export const MAX_WILDCARDS = 2;
const WORD_CHAR = '[\\p{L}\\p{N}_]';
/** `*`: up to 20 letters, digits or underscores, inside one word. */
const WILDCARD = `${WORD_CHAR}{0,20}`;
/** The space between two words of a phrase: a few spaces, tabs or line breaks. */
const GAP = '\\s{1,4}';
/** Characters with a meaning in a `u`-flag expression, escaped; any other escape is an error there. */
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

export interface TokenOptions {
  ignoreCase: boolean;
  wholeWord: boolean;
}

export function tokenSource(token: string): string {
  let source = '';
  let inGap = false;
  for (const char of token.trim()) {
    if (/\s/.test(char)) {
      inGap = true;
      continue;
    }
    if (inGap) source += GAP;
    inGap = false;
    if (char === '*') source += WILDCARD;
    else if (char === "'" || char === '’') source += "['’]";
    else source += SYNTAX.has(char) ? `\\${char}` : char;
  }
  return source;
}

/** One expression finding any of `tokens` (longest first, so "paid partnership" wins over "paid"). */
export function compileTokens(tokens: readonly string[], { ignoreCase, wholeWord }: TokenOptions): RegExp {
  const sources = [...new Set(tokens.map((token) => token.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(tokenSource);
  const body = sources.length ? sources.join('|') : '(?!)';
  const source = wholeWord ? `(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})` : `(?:${body})`;
  return new RegExp(source, ignoreCase ? 'giu' : 'gu');
}

/** Whether `text` is exactly `token` (wildcards included), for telling which swap entry matched. */
export function matchesToken(token: string, text: string, ignoreCase: boolean): boolean {
  return new RegExp(`^(?:${tokenSource(token)})$`, ignoreCase ? 'iu' : 'u').test(text);
}
