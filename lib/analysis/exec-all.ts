/**
 * Every match of a global regular expression, like `text.matchAll(pattern)` and in the same order,
 * but run by `pattern` itself. `matchAll` (and `split`) run a copy of the pattern, and a copy made
 * after a garbage collection has no compiled code: the engine compiles it again, which for a big
 * lexicon costs milliseconds on every call. `pattern` must be global; like `matchAll`, the search
 * starts at its `lastIndex`, which is left as it was.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`execAll needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  const unicode = pattern.unicode || pattern.flags.includes('v');
  const from = pattern.lastIndex;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on by one character (a whole code point in unicode mode), as matchAll does.
    if (match[0].length === 0) pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
  }
  pattern.lastIndex = from;
  return found;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const first = text.charCodeAt(index);
  if (first < 0xd800 || first > 0xdbff) return index + 1;
  const second = text.charCodeAt(index + 1);
  return second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
}
