import { findMatches, type Match } from './lexicon';
import { execAll } from './exec-all';

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
 *
 * Typos disguise words too, on purpose or in haste ("sprgevoli", "mianccia", "uccse"): with
 * `misspellable` entries, a word one slip away from one of their words (two neighbouring letters
 * swapped, or one letter missing inside a longer word) gets one more reading with the word restored.
 * The rule's patterns still decide: a restored word counts only where the whole phrase then matches.
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
/** A word that may hide a disguise: a symbol or digit inside it, a mask at its end, a leading "$", a letter three times in a row. */
const DISGUISED_WORD = String.raw`\S*?(?:\p{L}[*#@$!0-9€_\-.·•]+[\p{L}*#]|\p{L}{2}[*#0-9]|\$\p{L}|(\p{L})\2\2)\S*`;
/**
 * Four to thirty single letters joined by single spaces (no word is longer: a longer run is a pattern
 * or a list, not a disguise), captured; or a disguised word.
 */
const SPACED_OR_DISGUISED = new RegExp(
  String.raw`(?<!\S)(?:(\p{L}(?: \p{L}){3,29})(?![\p{L}\p{N}]| \p{L}(?![\p{L}\p{N}]))|${DISGUISED_WORD})`,
  'giu',
);
const LETTER = /\p{L}/u;
/**
 * A mask: "*", "#" or "_" after the first letter, or a hyphen next to one or two letters ("sh-t",
 * "f--k"), not one joining words ("well-known").
 */
function maskable(word: string): boolean {
  if (word.length < 4 || !LETTER.test(word[0]!)) return false;
  return /[*#_]/u.test(word.slice(1)) || /(?:^|[^\p{L}])\p{L}{1,2}-|-\p{L}{1,2}(?:$|[^\p{L}])|--/u.test(word);
}

/** Letters by code: ASCII by range, the rest by Unicode property (rare in the scan below). */
function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER.test(text[at]!);
}
const isDigitAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/** Letters in a row from `at` going `step` (1 or -1), counting at most `limit + 1`. */
function lettersFrom(text: string, at: number, step: 1 | -1, limit: number): number {
  let count = 0;
  while (count <= limit && isLetterAt(text, at + step * count)) count++;
  return count;
}

const SYMBOLS = '*#@$!€_';
const SEPARATORS = '.-_·•';

/**
 * Something worth a second reading: a symbol or digit inside a word, a mask or digit closing one, a
 * leading "$", a letter three times in a row, dotted or dashed single letters, a hyphen next to one or
 * two letters ("sh-t"), spaced letters. Plain hyphenated words ("well-known") are not, so most text
 * skips the readings. A scan by character codes: a regex starting with "any letter" is slow on long text.
 */
function looksDisguised(text: string): boolean {
  let runEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 32;
    if (code < 128 && lower >= 97 && lower <= 122) {
      // A letter three times in a row ("fuuuck").
      if ((text.charCodeAt(i + 1) | 32) === lower && (text.charCodeAt(i + 2) | 32) === lower) return true;
      // Spaced letters: "F a n c u l o".
      if (text.charCodeAt(i + 1) === 32 && (i === 0 || text.charCodeAt(i - 1) <= 32) && spacedRunAt(text, i)) return true;
      continue;
    }
    if (code <= 32) continue;
    const char = text[i]!;
    if (code >= 128 && LETTER.test(char)) {
      const next = text[i + 1];
      if (next !== undefined && next.toLowerCase() === char.toLowerCase() && text[i + 2]?.toLowerCase() === char.toLowerCase()) return true;
      continue;
    }
    const letterBefore = isLetterAt(text, i - 1);
    const letterAfter = isLetterAt(text, i + 1);
    if (SYMBOLS.includes(char) || isDigitAt(text, i)) {
      if (char === '$' && letterAfter) return true;
      // Symbols or digits between letters: "b!tch", "pu$$y", "id10t". A run's end is found once for
      // the whole run, so a long run of symbols costs its length, not its length squared.
      if (runEnd <= i) {
        runEnd = i + 1;
        while (runEnd < text.length && (SYMBOLS.includes(text[runEnd]!) || isDigitAt(text, runEnd))) runEnd++;
      }
      const end = runEnd;
      if (letterBefore && (isLetterAt(text, end) || text[end] === '*' || text[end] === '#')) return true;
      const closing = char === '*' || char === '#' || isDigitAt(text, i);
      if (closing && lettersFrom(text, i - 1, -1, 2) >= 2 && !letterAfter && !isDigitAt(text, i + 1)) return true;
    }
    if (SEPARATORS.includes(char) && letterBefore && !isLetterAt(text, i - 2) && letterAfter && text[i + 2] === char && isLetterAt(text, i + 3)) {
      return true;
    }
    if (char === '-') {
      if (text[i + 1] === '-') return true;
      if (letterBefore && letterAfter && (lettersFrom(text, i - 1, -1, 2) <= 2 || lettersFrom(text, i + 1, 1, 2) <= 2)) return true;
    }
  }
  return false;
}

/** Four single letters from `at`, spaced by single spaces, the last not followed by a letter or digit. */
function spacedRunAt(text: string, at: number): boolean {
  for (let k = 0; k < 4; k++) {
    if (!isLetterAt(text, at + 2 * k) || (k < 3 && text[at + 2 * k + 1] !== ' ')) return false;
  }
  return !isLetterAt(text, at + 7) && !isDigitAt(text, at + 7);
}

/** Stretched letters or a run of spaced ones: what the two readings treat differently. */
const MODE_SENSITIVE = /(\p{L})\1\1|(?<!\S)\p{L} \p{L} \p{L} \p{L}/iu;

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

/**
 * Accumulates the rewritten text as segments: copied ones keep their offsets (shifted), rewritten ones
 * map as a whole to the original span they came from.
 */
class Builder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly segments: Array<{ at: number; from: number; to: number; copied: boolean }> = [];

  /** Rewritten text standing for `source[from, to)`. */
  push(piece: string, from: number, to: number): void {
    this.add(piece, from, to, false);
  }

  /** Original characters, unchanged. */
  copy(source: string, from: number, to: number): void {
    if (to > from) this.add(source.slice(from, to), from, to, true);
  }

  private add(piece: string, from: number, to: number, copied: boolean): void {
    if (!piece) return;
    this.segments.push({ at: this.length, from, to, copied });
    this.parts.push(piece);
    this.length += piece.length;
  }

  reading(): Reading {
    const { segments } = this;
    const text = this.parts.join('');
    const segmentAt = (offset: number) => {
      let low = 0;
      let high = segments.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (segments[middle]!.at <= offset) low = middle;
        else high = middle - 1;
      }
      return segments[low]!;
    };
    return {
      text,
      toOriginal(start, end) {
        if (end <= start || start >= text.length || !segments.length) return { start: 0, end: 0 };
        const first = segmentAt(start);
        const last = segmentAt(Math.min(end, text.length) - 1);
        return {
          start: first.copied ? first.from + (start - first.at) : first.from,
          end: last.copied ? last.from + (Math.min(end, text.length) - last.at) : last.to,
        };
      },
    };
  }
}

interface Mode {
  /** Stretched letters ("fuuuck", "cazzzo") shrink to one letter or to two. */
  stretch: 1 | 2;
}
const MODES: readonly Mode[] = [
  { stretch: 1 },
  { stretch: 2 },
];

/** Every string of some lexicon modules (their arrays of entries), for `misspellable`. */
export function lexiconStrings(...modules: ReadonlyArray<Record<string, unknown>>): string[] {
  return modules.flatMap((module) =>
    Object.values(module).flatMap((value) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])),
  );
}

export interface DeobfuscatorOptions {
  /** Lexicon entries whose words a typo may disguise; read the first time a reading is asked for. */
  misspellable?: readonly string[];
}

/** Words shorter than this are not restored from a swap: short words have too many neighbours. */
const MIN_SWAPPED = 5;
/** Words shorter than this are not restored from a missing letter. */
const MIN_SHORTENED = 7;
const WORD = /\p{L}+/gu;
const ESCAPE = /\\(?:[pP]\{[^}]*\}|.)/gu;

interface Misspellings {
  /** The lexicon's words (and stems: "immigrat" of "immigrat[ie]"), lower case. */
  words: ReadonlySet<string>;
  /** Each slip of a word, to the word. */
  slips: ReadonlyMap<string, string>;
  /** The first three letters of every slip: most words of a text start otherwise and are passed over. */
  heads: ReadonlySet<string>;
}

function misspellingsOf(entries: readonly string[]): Misspellings {
  const words = new Set<string>();
  for (const entry of entries) {
    for (const run of execAll(WORD, entry.toLowerCase().replace(ESCAPE, ' '))) if (run[0].length >= MIN_SWAPPED) words.add(run[0]);
  }
  const slips = new Map<string, string>();
  const add = (slip: string, word: string) => {
    if (!words.has(slip) && !slips.has(slip)) slips.set(slip, word);
  };
  // Slips keep a word's first and last letters, as typos mostly do; swapping or dropping those makes
  // other words too often ("punti" for "punit", "spear" for "separ").
  for (const word of words) {
    for (let i = 1; i + 2 < word.length; i++) {
      if (word[i] !== word[i + 1]) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
    }
    if (word.length >= MIN_SHORTENED) for (let i = 1; i + 1 < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word);
  }
  return { words, slips, heads: new Set([...slips.keys()].map((slip) => slip.slice(0, 3))) };
}

/** Letters a typed word may have after a slipped stem: an ending ("sprgevol" + "i"), not another word. */
const MAX_ENDING = 2;

/** The word `typed` stands for, if it is a slip of a lexicon word (or of a stem, plus an ending) and not a lexicon word itself. */
function restore(typed: string, { words, slips, heads }: Misspellings): string | undefined {
  if (typed.length < MIN_SWAPPED - 1 || !heads.has(typed.slice(0, 3))) return undefined;
  for (let end = typed.length; end >= MIN_SWAPPED; end--) if (words.has(typed.slice(0, end))) return undefined;
  for (let end = typed.length; end >= Math.max(MIN_SWAPPED - 1, typed.length - MAX_ENDING); end--) {
    const word = slips.get(typed.slice(0, end));
    if (word) return word + typed.slice(end);
  }
  return undefined;
}

export function createDeobfuscator(words: readonly string[], options: DeobfuscatorOptions = {}): Deobfuscator {
  let misspellings: Misspellings | undefined;
  const byInitial = new Map<string, string[]>();
  for (const word of words) {
    const initial = word[0]?.toLowerCase() ?? '';
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), word.toLowerCase()]);
  }

  const unmasked = new Map<string, string | undefined>();

  /** The plain word a masked token stands for ("f**k" → "fuck"), if one of `words` fits. */
  function unmask(token: string): string | undefined {
    if (unmasked.has(token)) return unmasked.get(token);
    if (unmasked.size > 1000) unmasked.clear();
    const word = unmaskNow(token);
    unmasked.set(token, word);
    return word;
  }

  function unmaskNow(token: string): string | undefined {
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
    const chunk = source.slice(from, to);
    // Links, mentions, hashtags and e-mail addresses have symbols that are not disguises.
    const at = chunk.indexOf('@');
    if (/^(?:https?:|www\.|[@#])/iu.test(chunk) || (at !== -1 && chunk.includes('.', at))) return out.copy(source, from, to);
    // Keep surrounding punctuation out of the word (a trailing mask stays: "stronz*").
    let start = from;
    let end = to;
    while (start < end && !LETTER.test(source[start]!) && source[start] !== '$') start++;
    while (end > start && !LETTER.test(source[end - 1]!) && !/[*#0-9]/u.test(source[end - 1]!)) end--;
    out.copy(source, from, start);
    if (end > start) out.push(rewriteWord(source.slice(start, end), mode), start, end);
    out.copy(source, end, to);
  }

  function rewriteWord(word: string, mode: Mode): string {
    // Dotted or dashed letters: "f.u.c.k", "f-u-c-k".
    if (/^\p{L}(?:([.\-_·•])\p{L})(?:\1\p{L})+\1?$/u.test(word)) return word.replace(/[.\-_·•]/gu, '');
    const letters = execAll(/\p{L}/gu, word);
    const first = letters[0]?.index ?? -1;
    const last = letters[letters.length - 1]?.index ?? -1;
    let plain = '';
    for (let i = 0; i < word.length; i++) {
      const char = word[i]!;
      const substitute = LEET[char];
      const inside = first !== -1 && first < i && i < last;
      // "immondizi4": a digit closing three or more letters; "$hit": a dollar opening a word.
      const trailing = i === word.length - 1 && i >= 3 && first === 0 && last === i - 1 && letters.length === i && /\p{N}/u.test(char);
      const leadingDollar = char === '$' && i === 0 && first === 1;
      plain += substitute && (inside || trailing || leadingDollar) ? substitute : char;
    }
    const resolved = maskable(word) ? unmask(plain) : undefined;
    if (resolved) return resolved;
    // Stretched letters: three or more of the same in a row shrink to one or two.
    return plain.replace(/(\p{L})\1{2,}/giu, (run) => run.slice(0, mode.stretch));
  }

  function read(text: string, mode: Mode): Reading {
    const out = new Builder();
    let cursor = 0;
    // Runs of single letters joined by single spaces, and words that look disguised, in text order.
    for (const found of execAll(SPACED_OR_DISGUISED, text)) {
      const start = found.index;
      const end = start + found[0].length;
      out.copy(text, cursor, start);
      if (found[1] !== undefined) {
        out.push(found[1].split(' ').join(''), start, end);
      } else {
        rewriteChunk(text, start, end, mode, out);
      }
      cursor = end;
    }
    out.copy(text, cursor, text.length);
    return out.reading();
  }

  /** The text with its mistyped lexicon words restored, or null when it has none. */
  function retype(text: string): Reading | null {
    if (!options.misspellable) return null;
    misspellings ??= misspellingsOf(options.misspellable);
    let out: Builder | undefined;
    let cursor = 0;
    for (const found of execAll(WORD, text)) {
      const restored = restore(found[0].toLowerCase(), misspellings);
      if (!restored) continue;
      out ??= new Builder();
      out.copy(text, cursor, found.index);
      out.push(restored, found.index, found.index + found[0].length);
      cursor = found.index + found[0].length;
    }
    if (!out) return null;
    out.copy(text, cursor, text.length);
    return out.reading();
  }

  function readings(text: string): Reading[] {
    const found: Reading[] = [];
    if (looksDisguised(text)) {
      // The second reading differs from the first only where letters are stretched or spaced out.
      for (const mode of MODE_SENSITIVE.test(text) ? MODES : MODES.slice(0, 1)) {
        const reading = read(text, mode);
        if (reading.text !== text && !found.some((other) => other.text === reading.text)) found.push(reading);
      }
    }
    const retyped = retype(text);
    if (retyped) found.push(retyped);
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
