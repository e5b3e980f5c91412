/**
 * Grapheme boundaries, fast on long text. `Intl.Segmenter` gets slower per character as a string
 * grows (a 20,000-character line took half a second), so text is segmented in chunks cut where a
 * boundary is certain, and runs of plain characters are not segmented at all.
 */

let segmenter: Intl.Segmenter | undefined;
const CHUNK = 512;
/**
 * Characters that are always a grapheme of their own and never join the next: everything below
 * U+0300 (no combining marks, joiners or surrogates there), and the typographic punctuation and
 * currency signs that posts are full of (’ “ ” – — … €), but not the pictographs ‼ and ⁉, which an
 * emoji selector may follow, nor the joiners and controls of U+200B–U+200F and U+2028–U+202E.
 */
const PLAIN_RUN = /^[\u0000-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u20a0-\u20c0]*$/;

function isSolo(code: number): boolean {
  if (code < 0x300) return true;
  if (code < 0x2010 || code > 0x20c0) return false;
  if (code <= 0x2027) return true;
  if (code >= 0x2030 && code <= 0x205e) return code !== 0x203c && code !== 0x2049;
  return code >= 0x20a0;
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** A solo character, or a pictograph (its own grapheme unless a joiner, mark or modifier follows). */
function isSimple(codePoint: number): boolean {
  return isSolo(codePoint) || (codePoint > 0xffff && PICTOGRAPHIC.test(String.fromCodePoint(codePoint)));
}

/**
 * A boundary that needs no segmenter: between two solo characters (except CR LF), or where a
 * pictograph meets another or a plain character (a run of emoji has a certain boundary between each
 * two, which keeps snapping and chunking local in text made of emoji). Ends of text always are.
 */
export function isPlainBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (isSolo(before) && isSolo(after)) return !(before === 13 && after === 10);
  // Inside a surrogate pair, or next to a joiner, mark or modifier: let the segmenter decide.
  if (after >= 0xdc00 && after <= 0xdfff) return false;
  const beforePoint = before >= 0xdc00 && before <= 0xdfff && offset >= 2 ? text.codePointAt(offset - 2)! : before;
  return isSimple(beforePoint) && isSimple(text.codePointAt(offset)!);
}

/** Where the chunk starting at `start` ends: about CHUNK characters on, at a certain boundary. */
function chunkEnd(text: string, start: number, to: number): number {
  let end = Math.min(to, start + CHUNK);
  while (end < to && !isPlainBoundary(text, end)) end++;
  return end;
}

/** Yields the offset where each grapheme of `text[from, to)` starts; `from` and `to` must be boundaries. */
export function* graphemeStarts(text: string, from = 0, to = text.length): Generator<number> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (let start = from; start < to; ) {
    const end = chunkEnd(text, start, to);
    const chunk = text.slice(start, end);
    if (PLAIN_RUN.test(chunk)) {
      for (let i = 0; i < chunk.length; i++) {
        if (!(chunk.charCodeAt(i) === 10 && i > 0 && chunk.charCodeAt(i - 1) === 13)) yield start + i;
      }
    } else {
      for (const { index } of segmenter.segment(chunk)) yield start + index;
    }
    start = end;
  }
}

/** The number of `graphemeStarts`, counted chunk by chunk: a plain run is its length less its CR LF pairs. */
export function countGraphemes(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start, text.length);
    const chunk = text.slice(start, end);
    if (PLAIN_RUN.test(chunk)) {
      count += chunk.length;
      for (let i = 1; i < chunk.length; i++) if (chunk.charCodeAt(i) === 10 && chunk.charCodeAt(i - 1) === 13) count--;
    } else {
      for (const _ of segmenter.segment(chunk)) count++;
    }
    start = end;
  }
  return count;
}

/** The nearest certain boundary at or before `offset` (at or after with `forward`). */
function plainBoundaryNear(text: string, offset: number, forward: boolean): number {
  let at = offset;
  while (!isPlainBoundary(text, at)) at += forward ? 1 : -1;
  return at;
}

/**
 * Moves a span's ends outwards to the nearest grapheme boundaries, so a highlight never splits
 * an emoji, a flag or a letter from its accent. Only the text around the span is segmented.
 */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  if (isPlainBoundary(text, start) && isPlainBoundary(text, end)) return { start, end };
  const from = plainBoundaryNear(text, start, false);
  const to = plainBoundaryNear(text, end, true);
  let snappedStart = from;
  let snappedEnd = to;
  for (const boundary of graphemeStarts(text, from, to)) {
    if (boundary <= start) snappedStart = boundary;
    if (boundary >= end) {
      snappedEnd = boundary;
      break;
    }
  }
  return { start: snappedStart, end: Math.max(snappedStart, snappedEnd) };
}
