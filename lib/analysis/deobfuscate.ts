import { findMatches, type Match } from './lexicon';

/**
 * People dodge word filters by disguising words: leetspeak (sh1t, m3rda, c4zzo), symbols (b!tch,
 * pu$$y), masks (f*ck, s**t, stronz*), stretched letters (fuuuck), dotted or spaced letters
 * (f.u.c.k, F a n c u l o). A reader decodes all of them at a glance, so a rule should too.
 *
 * `createDeobfuscator(words)` rewrites such tokens back to plain words, giving one or two readings
 * of the text (only when something in it looks disguised), each with a map back to the original
 * offsets; a rule runs its ordinary lexicon regexes on those readings too. Masks are resolved
 * against `words`, the plain words the rule cares about, because "s**t" can only be read knowing
 * what it might hide.
 */

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '€': 'e',
};
const MASK = new Set(['*', '#', '_', '-']);
const SEPARATOR = /^[.\-_·•]$/u;
const LETTER = /\p{L}/u;
/** Something worth a second reading: a symbol or digit inside a word, a mask, a stretched letter, spaced letters. */
const SUSPICIOUS =
  /\p{L}[*#@$!0-9€_\-.·•]+\p{L}|\p{L}{2}[*#0-9]|\$\p{L}|(\p{L})\1\1|(?:^|\s)\p{L}(?: \p{L}){3}(?![\p{L}\p{N}])/iu;
/** Single letters that are words of their own, so "F a n c u l o a tutti" ends with the word "a". */
const STANDALONE_LETTER = /^[aeioèy]$/iu;
/** No word is longer: a longer run of spaced letters is a pattern or a list, not a disguise. */
const MAX_SPACED_LETTERS = 30;

/** One reading of the text with disguises undone. */
export interface Reading {
  text: string;
  /** Original offsets of a span of `text`. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

export interface Deobfuscator {
  /** The readings of `text` with its disguised words undone; none when nothing looks disguised. */
  readings(text: string): Reading[];
  /**
   * Matches of `pattern` that only the readings reveal (none overlapping a plain match), in original
   * offsets; pass `known` readings of `text` to save computing them again.
   */
  findDisguised(pattern: RegExp, text: string, known?: readonly Reading[]): Match[];
}

/** Accumulates the rewritten text and, per output unit, the original span it came from. */
class Builder {
  text = '';
  starts: number[] = [];
  ends: number[] = [];

  push(piece: string, start: number, end: number): void {
    this.text += piece;
    for (let i = 0; i < piece.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Copies original characters one to one. */
  copy(source: string, from: number, to: number): void {
    for (let i = from; i < to; i++) this.push(source[i]!, i, i + 1);
  }

  reading(): Reading {
    const { text, starts, ends } = this;
    return {
      text,
      toOriginal(start, end) {
        if (end <= start || start >= starts.length) return { start: 0, end: 0 };
        return { start: starts[start]!, end: ends[Math.min(end, ends.length) - 1]! };
      },
    };
  }
}

interface Mode {
  /** Stretched letters ("fuuuck", "cazzzo") shrink to one letter or to two. */
  stretch: 1 | 2;
  /** Whether a spaced run's last single letter is kept apart as a word of its own. */
  keepLastLetter: boolean;
}
const MODES: readonly Mode[] = [
  { stretch: 1, keepLastLetter: false },
  { stretch: 2, keepLastLetter: true },
];

export function createDeobfuscator(words: readonly string[]): Deobfuscator {
  const byInitial = new Map<string, string[]>();
  for (const word of words) {
    const initial = word[0]?.toLowerCase() ?? '';
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), word.toLowerCase()]);
  }

  /** The plain word a masked token stands for ("f**k" → "fuck"), if one of `words` fits. */
  function unmask(token: string): string | undefined {
    const initial = token[0]?.toLowerCase() ?? '';
    const candidates = byInitial.get(initial);
    if (!candidates) return undefined;
    let source = '';
    for (let i = 0; i < token.length; ) {
      let j = i;
      while (j < token.length && MASK.has(token[j]!)) j++;
      if (j > i) {
        source += `\\p{L}{1,${j - i + 1}}`;
        i = j;
      } else {
        source += token[i]!.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
        i++;
      }
    }
    const shape = new RegExp(`^${source}$`, 'iu');
    return candidates.find((word) => shape.test(word));
  }

  /** Rewrites one whitespace-free chunk into `out`. */
  function rewriteChunk(source: string, from: number, to: number, mode: Mode, out: Builder): void {
    // Leave links, mentions, hashtags and e-mail addresses alone: their symbols are not disguises.
    const chunk = source.slice(from, to);
    if (/^(?:https?:|www\.|[@#])|@.*\./iu.test(chunk)) return out.copy(source, from, to);
    // Keep surrounding punctuation out of the word (a trailing mask stays: "stronz*").
    let start = from;
    let end = to;
    while (start < end && !LETTER.test(source[start]!) && source[start] !== '$') start++;
    while (end > start && !LETTER.test(source[end - 1]!) && !/[*#0-9]/u.test(source[end - 1]!)) end--;
    out.copy(source, from, start);
    rewriteWord(source.slice(start, end), start, end, mode, out);
    out.copy(source, end, to);
  }

  function rewriteWord(word: string, start: number, end: number, mode: Mode, out: Builder): void {
    if (!word) return;
    // Dotted or dashed letters: "f.u.c.k", "f-u-c-k".
    const spelled = /^\p{L}(?:([.\-_·•])\p{L})(?:\1\p{L})+\1?$/u.test(word);
    if (spelled) {
      for (let i = 0; i < word.length; i++) {
        if (!SEPARATOR.test(word[i]!)) out.push(word[i]!, start + i, start + i + 1);
      }
      return;
    }
    let plain = '';
    const offsets: number[] = [];
    for (let i = 0; i < word.length; i++) {
      const char = word[i]!;
      const substitute = LEET[char];
      const inside = LETTER.test(word.slice(0, i)) && LETTER.test(word.slice(i + 1));
      const trailing = /^\p{L}{3,}$/u.test(word.slice(0, i)) && i === word.length - 1 && /\p{N}/u.test(char);
      const leadingDollar = char === '$' && i === 0 && /^\p{L}{2,}/u.test(word.slice(1));
      plain += substitute && (inside || trailing || leadingDollar) ? substitute : char;
      offsets.push(start + i);
    }
    const masked = word.length >= 4 && LETTER.test(word[0]!) && /[*#_\-]/u.test(word.slice(1));
    const resolved = masked ? unmask(plain) : undefined;
    if (resolved) return out.push(resolved, start, end);
    // Stretched letters: three or more of the same in a row.
    for (let i = 0; i < plain.length; ) {
      let j = i + 1;
      while (j < plain.length && plain[j]!.toLowerCase() === plain[i]!.toLowerCase() && LETTER.test(plain[i]!)) j++;
      const keep = j - i >= 3 ? mode.stretch : j - i;
      for (let k = i; k < i + keep; k++) out.push(plain[k]!, offsets[k]!, offsets[j - 1]! + 1);
      i = j;
    }
  }

  function read(text: string, mode: Mode): Reading {
    const out = new Builder();
    // Chunks of non-space text; runs of four or more single letters joined by single spaces are one word.
    const chunk = /\S+/gu;
    const chunks = [...text.matchAll(chunk)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    let cursor = 0;
    for (let i = 0; i < chunks.length; ) {
      let j = i;
      while (j < chunks.length && (j === i || chunks[j]!.start === chunks[j - 1]!.end + 1)) {
        const single = chunks[j]!.text;
        if (/^\p{L}$/u.test(single)) j++;
        else {
          // The last letter of a run may carry punctuation: "p e s s i m i."
          if (/^\p{L}[^\p{L}\p{N}\s]+$/u.test(single)) j++;
          break;
        }
      }
      if (j - i >= 4 && j - i <= MAX_SPACED_LETTERS) {
        out.copy(text, cursor, chunks[i]!.start);
        const letters = chunks.slice(i, j);
        const last = letters[letters.length - 1]!;
        const apart = mode.keepLastLetter && letters.length >= 5 && STANDALONE_LETTER.test(last.text[0]!);
        letters.forEach((letter, index) => {
          if (apart && index === letters.length - 1) out.push(' ', letter.start - 1, letter.start);
          out.push(letter.text[0]!, letter.start, letter.start + 1);
        });
        out.copy(text, last.start + 1, last.end);
        cursor = last.end;
        i = j;
        continue;
      }
      const current = chunks[i]!;
      out.copy(text, cursor, current.start);
      rewriteChunk(text, current.start, current.end, mode, out);
      cursor = current.end;
      i++;
    }
    out.copy(text, cursor, text.length);
    return out.reading();
  }

  function readings(text: string): Reading[] {
    if (!SUSPICIOUS.test(text)) return [];
    const found: Reading[] = [];
    for (const mode of MODES) {
      const reading = read(text, mode);
      if (reading.text !== text && !found.some((other) => other.text === reading.text)) found.push(reading);
    }
    return found;
  }

  function findDisguised(pattern: RegExp, text: string, known: readonly Reading[] = readings(text)): Match[] {
    const disguised: Match[] = [];
    const taken = findMatches(pattern, text);
    const overlaps = (span: { start: number; end: number }) => taken.some((m) => m.start < span.end && span.start < m.end);
    for (const reading of known) {
      for (const match of findMatches(pattern, reading.text)) {
        const span = reading.toOriginal(match.start, match.end);
        if (span.end <= span.start || overlaps(span)) continue;
        const found = { ...span, text: text.slice(span.start, span.end) };
        taken.push(found);
        disguised.push(found);
      }
    }
    return disguised.sort((a, b) => a.start - b.start);
  }

  return { readings, findDisguised };
}
