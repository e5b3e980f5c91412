import type { Match } from './lexicon';

/**
 * Joins matches that overlap into one match over their union, in text order, so several lexicon
 * entries hitting one phrase ("please subscribe" and "subscribe to my channel") give one finding
 * that shows the whole phrase.
 */
export function mergeOverlapping(text: string, matches: readonly Match[]): Match[] {
  const merged: Match[] = [];
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && match.start < last.end) {
      last.end = Math.max(last.end, match.end);
      last.text = text.slice(last.start, last.end);
    } else {
      merged.push({ ...match });
    }
  }
  return merged;
}
