/**
 * Words as a reader meets them in a sentence. Hashtags, mentions and links are read as labels, not
 * parsed as words (a 60-character link is one glance, not eight words), and emoji or dashes that
 * stand alone are not words at all.
 */
const TOKEN = /\S+/g;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** After any opening punctuation: a hashtag, a mention, a URL, or a bare domain with a path. */
const OPENING_PUNCTUATION = /[^\p{L}\p{N}#@＃]*/uy;
const LABEL_START = /^(?:[#@＃]|https?:\/\/|www\.)/i;
const DOMAIN_WITH_PATH = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\//u;

/** Checked in two steps, not one expression: the punctuation and a domain share "-", which made one expression quadratic. */
function isLabel(token: string): boolean {
  OPENING_PUNCTUATION.lastIndex = 0;
  OPENING_PUNCTUATION.test(token);
  const afterPunctuation = OPENING_PUNCTUATION.lastIndex;
  if (LABEL_START.test(token.slice(afterPunctuation))) return true;
  // A domain may begin with the hyphens at the end of the punctuation ("-foo.com/").
  let domainStart = afterPunctuation;
  while (domainStart > 0 && token[domainStart - 1] === '-') domainStart--;
  return DOMAIN_WITH_PATH.test(token.slice(domainStart));
}

export function countProseWords(text: string): number {
  let count = 0;
  for (const token of text.match(TOKEN) ?? []) {
    if (HAS_LETTER_OR_DIGIT.test(token) && !isLabel(token)) count++;
  }
  return count;
}

/**
 * An upper bound on `countProseWords` (white-space-separated pieces), cheap enough to skip the
 * count on the many sentences that are clearly short.
 */
export function countProseWordsAtMost(text: string): number {
  let pieces = 1;
  for (let index = 0; index < text.length; index++) {
    if (isWhiteSpace(text.charCodeAt(index))) pieces++;
  }
  return pieces;
}

/** The characters JavaScript's `\s` matches. */
function isWhiteSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
