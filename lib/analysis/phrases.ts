import type { Deobfuscator } from './deobfuscate';
import { compileLexicon, findMatches, lazyLexicon, matchesOf, type LexiconOptions, type Match } from './lexicon';
import { expandTemplates } from './lexicon-templates';
import type { Span } from './schema';
import { keepDisjoint } from './overlaps';
import { ScreenIndex, screenWords, WordScreen } from './word-screen';

/** One kind of phrase a rule looks for, with what excuses a match (a negation, a quotation, …). */
export interface PhraseKind<M extends string> {
  messageId: M;
  pattern: RegExp;
  /** Words a text needs before `pattern` runs on it: big alternations are slow on every sentence. */
  screen?: WordScreen;
  isExcused?: (text: string, span: Span) => boolean;
}

export interface FoundPhrase<M extends string> {
  messageId: M;
  match: Match;
  /** Found only once disguises were undone ("sh1t", "f*ck"). */
  disguised: boolean;
}

/**
 * Compiles lexicon entries (templates with `{slot}`s, or plain entries) into phrase kinds. Each entry
 * is its own kind, screened by the words it requires (see word-screen.ts), so a sentence runs only the
 * few regexes it could match; entries that require no word run together, unscreened.
 */
export function templateKinds<M extends string>(
  messageId: M,
  templates: readonly string[],
  slots: Readonly<Record<string, readonly string[]>> = {},
  isExcused?: PhraseKind<M>['isExcused'],
  options?: LexiconOptions,
): PhraseKind<M>[] {
  const kinds: PhraseKind<M>[] = [];
  const open: string[] = [];
  for (const entry of expandTemplates(templates, slots)) {
    const screen = new WordScreen([entry]);
    if (!screen.selective) {
      open.push(entry);
      continue;
    }
    // Most entries never pass a sentence's screen: each is compiled the first time one does, so a
    // cold start does not build thousands of regexes it will not run.
    const pattern = lazyLexicon([entry], options);
    kinds.push({
      messageId,
      get pattern() {
        return pattern();
      },
      screen,
      isExcused,
    });
  }
  if (open.length) kinds.push({ messageId, pattern: compileLexicon(open, options), isExcused });
  return kinds;
}

/** Finds the phrases of a rule's kinds in a sentence. */
export type PhraseFinder<M extends string> = (text: string) => FoundPhrase<M>[];

/**
 * A finder for `kinds`, also for disguised phrases when a deobfuscator is given. Kinds come in order
 * of preference: where two matches overlap only the preferred one counts, and an excused match still
 * hides the weaker ones inside it ("it's a myth that customers are idiots" must not leave "idiots"
 * behind).
 */
export function createPhraseFinder<M extends string>(kinds: readonly PhraseKind<M>[], deobfuscator?: Deobfuscator): PhraseFinder<M> {
  // Built on first use: a finder for a language no draft is written in costs nothing.
  let index: ScreenIndex | undefined;
  return (text) => {
    index ??= new ScreenIndex(kinds.map((kind) => kind.screen));
    const candidates: Array<{ start: number; end: number; rank: number; match: Match; kind: PhraseKind<M>; disguised: boolean }> = [];
    for (const { offset, part } of windows(text)) {
      const readings = deobfuscator?.readings(part) ?? [];
      const words = [...screenWords(part)];
      for (const reading of readings) words.push(...screenWords(reading.text));
      for (const rank of index.passing(words)) {
        const kind = kinds[rank]!;
        const add = (match: Match, disguised: boolean) => {
          const start = offset + match.start;
          const end = offset + match.end;
          // What the text says plainly comes before what only a reading reveals.
          candidates.push({ start, end, rank: disguised ? rank + kinds.length : rank, match: { start, end, text: match.text }, kind, disguised });
        };
        // The index has screened this kind already: no second screen before its regex runs.
        for (const match of kind.screen ? matchesOf(kind.pattern, part) : findMatches(kind.pattern, part)) add(match, false);
        if (deobfuscator && readings.length) for (const match of deobfuscator.findDisguised(kind.pattern, part, readings)) add(match, true);
      }
    }
    return keepDisjoint(candidates)
      .filter(({ kind, match }) => !kind.isExcused?.(text, match))
      .map(({ kind, match, disguised }) => ({ messageId: kind.messageId, match, disguised }));
  };
}

/** A sentence longer than this is read in overlapping windows. */
const WINDOW = 600;
/** Longer than any phrase a rule looks for, so each phrase lies whole inside some window. */
const OVERLAP = 200;

/**
 * Pieces of a text to screen one by one: in a long unpunctuated paste every screen would pass
 * somewhere, and every pattern would then run over all of it. Pieces start and end at white space.
 */
function windows(text: string): Array<{ offset: number; part: string }> {
  if (text.length <= WINDOW) return [{ offset: 0, part: text }];
  const pieces: Array<{ offset: number; part: string }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + WINDOW);
    const space = text.indexOf(' ', end);
    end = end === text.length || space === -1 || space - end > OVERLAP ? Math.min(text.length, end) : space;
    pieces.push({ offset: start, part: text.slice(start, end) });
    if (end >= text.length) break;
    const next = text.indexOf(' ', end - OVERLAP);
    start = next === -1 || next >= end ? end : next + 1;
  }
  return pieces;
}
