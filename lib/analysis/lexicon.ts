import { execAll } from './exec-all';
import { ScreenIndex, screenWords, WordScreen } from './word-screen';

/**
 * Lexicons are data: arrays of entries, each a small regular expression written for people.
 * - A space matches any run of white space, so "link in bio" also matches "link  in\nbio"; a space
 *   followed by `?` makes the white space optional ("e ?mail" matches "email" and "e mail").
 * - An apostrophe matches both ' and ’ (inside a character class it simply adds ’).
 * - Entries are whole words: they never match inside a longer word (Scunthorpe stays clean).
 * - Matching ignores case unless the lexicon is compiled with `caseSensitive`.
 * - A lookbehind goes after the word it guards ("tits(?<!blue tits)"), never before it: in front it
 *   runs at every position of the text, and one with a space in it makes a search quadratic.
 */

const WORD_CHAR = '[\\p{L}\\p{N}_]';

export interface LexiconOptions {
  caseSensitive?: boolean;
}

export function compileLexicon(entries: readonly string[], options: LexiconOptions = {}): RegExp {
  const sources = [...entries].sort((a, b) => b.length - a.length).map(toRegexSource);
  const body = sources.length ? sources.join('|') : '(?!)';
  const flags = options.caseSensitive ? 'gu' : 'giu';
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${body})(?!${WORD_CHAR})`, flags);
  lexiconEntries.set(pattern, entries);
  return pattern;
}

/**
 * Each compiled lexicon's entries, and the word screen built from them on first use: a text that has
 * none of the words every match needs is not searched at all (see word-screen.ts). Running a big
 * alternation over every sentence was most of the analysis time; looking a sentence's words up is not.
 */
const lexiconEntries = new WeakMap<RegExp, readonly string[]>();
const screens = new WeakMap<RegExp, ScreenIndex | null>();

function screenOf(pattern: RegExp): ScreenIndex | null {
  let screen = screens.get(pattern);
  if (screen === undefined) {
    const entries = lexiconEntries.get(pattern);
    const words = entries ? new WordScreen(entries) : null;
    screen = words?.selective ? new ScreenIndex([words]) : null;
    screens.set(pattern, screen);
  }
  return screen;
}

/** False when `text` cannot hold a match of the compiled lexicon `pattern` (true when unsure). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const screen = screenOf(pattern);
  return !screen || screen.passesAny(screenWords(text));
}

/** Expands the lexicon conventions, leaving escapes and character classes intact. */
function toRegexSource(entry: string): string {
  let source = '';
  let inClass = false;
  for (let i = 0; i < entry.length; i++) {
    const char = entry[i]!;
    if (char === '\\') {
      source += char + (entry[++i] ?? '');
    } else if (inClass) {
      if (char === ']') inClass = false;
      source += char === "'" ? "'’" : char;
    } else if (char === '[') {
      inClass = true;
      source += char;
    } else if (char === ' ') {
      while (entry[i + 1] === ' ') i++;
      if (entry[i + 1] === '?') {
        i++;
        source += '\\s*';
      } else {
        source += '\\s+';
      }
    } else {
      source += char === "'" ? "['’]" : char;
    }
  }
  return source;
}

export interface Match {
  start: number;
  end: number;
  text: string;
}

export function findMatches(pattern: RegExp, text: string): Match[] {
  return mayMatch(pattern, text) ? matchesOf(pattern, text) : [];
}

/** Every non-empty match of a global `pattern`, for a caller that has screened `text` itself. */
export function matchesOf(pattern: RegExp, text: string): Match[] {
  const matches: Match[] = [];
  pattern.lastIndex = 0;
  for (const found of execAll(pattern, text)) {
    if (found[0].length === 0) continue;
    matches.push({ start: found.index, end: found.index + found[0].length, text: found[0] });
  }
  return matches;
}

/**
 * Lexicons split by language, each compiled the first time a draft in its language needs it (not
 * when the module loads): start-up pays only for the languages in use.
 */
export function compileByLanguage<L extends string>(
  lexicons: Record<L, readonly string[]>,
  options?: LexiconOptions,
): Record<L, RegExp> {
  const makers = {} as Record<L, () => RegExp>;
  for (const language of Object.keys(lexicons) as L[]) makers[language] = lazyLexicon(lexicons[language], options);
  return lazyByLanguage(makers);
}

/**
 * One value per language, each made the first time it is read: a draft in one language never pays
 * for compiling the other's patterns.
 */
export function lazyByLanguage<L extends string, T>(makers: Record<L, () => T>): Record<L, T> {
  const made = {} as Record<L, T>;
  for (const language of Object.keys(makers) as L[]) {
    let value: T | undefined;
    let done = false;
    Object.defineProperty(made, language, {
      enumerable: true,
      get: () => {
        if (!done) {
          value = makers[language]();
          done = true;
        }
        return value as T;
      },
    });
    lazyValues.push(() => made[language]);
  }
  return made;
}

const lazyValues: Array<() => unknown> = [];

/** A lexicon compiled the first time the returned function is called (or by `compileEveryLexicon`). */
export function lazyLexicon(entries: readonly string[], options?: LexiconOptions): () => RegExp {
  let pattern: RegExp | undefined;
  const compile = () => (pattern ??= compileLexicon(entries, options));
  lazyLexicons.push(compile);
  return compile;
}

const lazyLexicons: Array<() => RegExp> = [];

/** Compiles every lexicon (and every per-language value) not made yet, for tests that inspect them all. */
export function compileEveryLexicon(): void {
  for (const make of lazyValues) make();
  for (const compile of lazyLexicons) compile();
}
