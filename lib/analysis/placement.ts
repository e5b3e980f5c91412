/**
 * Where a word stands in a post, as readers see it: at the start, before "see more", or buried in the
 * cluster of hashtags many posts end with. A disclosure that readers do not see first is hidden
 * (the FTC asks for it "in the first lines", AGCOM "at the start").
 */

/** How many hashtags in a row at the end make a cluster that readers skim past. */
const CLUSTER_HASHTAGS = 3;

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);

function isTag(word: string): boolean {
  return word.length > 1 && (word[0] === '#' || word[0] === '@');
}

/**
 * The offset where the post's closing run of hashtags and mentions begins, when it holds at least three
 * hashtags; null otherwise. Read word by word from the end, with no regular expression.
 */
export function trailingTagCluster(text: string): number | null {
  let end = text.length;
  let start: number | null = null;
  let hashtags = 0;
  for (;;) {
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    let begin = end;
    while (begin > 0 && !/\s/.test(text[begin - 1]!)) begin--;
    if (begin === end) break;
    let wordEnd = end;
    while (wordEnd > begin && TRAILING_PUNCTUATION.has(text[wordEnd - 1]!)) wordEnd--;
    const word = text.slice(begin, wordEnd);
    if (!isTag(word)) break;
    if (word[0] === '#') hashtags++;
    start = begin;
    end = begin;
  }
  return hashtags >= CLUSTER_HASHTAGS ? start : null;
}

export type Placement = 'start' | 'fold' | 'anywhere';

/** The end of the first line with any text in it. */
function firstLineEnd(text: string): number {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).trim()) return end;
    start = end + 1;
  }
  return text.length;
}

/**
 * Whether a word at `offset` is where `placement` asks: "start" is the first line with text (and
 * before the fold), "fold" before "see more" (`foldAt`, null when the whole post shows); in both, never
 * in a closing cluster of hashtags. "anywhere" takes any position.
 */
export function placedAt(text: string, foldAt: number | null, placement: Placement): (offset: number) => boolean {
  if (placement === 'anywhere') return () => true;
  const cluster = trailingTagCluster(text);
  const visibleEnd = Math.min(foldAt ?? text.length, cluster ?? text.length);
  const end = placement === 'start' ? Math.min(visibleEnd, firstLineEnd(text)) : visibleEnd;
  return (offset) => offset < end;
}
