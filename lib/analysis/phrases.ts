import type { Deobfuscator } from './deobfuscate';
import { compileLexicon, findMatches, type LexiconOptions, type Match } from './lexicon';
import { expandTemplates } from './lexicon-templates';
import type { Span } from './schema';
import { keepDisjoint } from './spans';
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
    if (screen.selective) kinds.push({ messageId, pattern: compileLexicon([entry], options), screen, isExcused });
    else open.push(entry);
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
  const index = new ScreenIndex(kinds.map((kind) => kind.screen));
  return (text) => {
    const readings = deobfuscator?.readings(text) ?? [];
    const words = screenWords(text);
    for (const reading of readings) words.push(...screenWords(reading.text));
    const candidates = index.passing(words).flatMap((rank) => {
      const kind = kinds[rank]!;
      const found = findMatches(kind.pattern, text).map((match) => ({ start: match.start, end: match.end, rank, match, kind, disguised: false }));
      if (deobfuscator && readings.length) {
        for (const match of deobfuscator.findDisguised(kind.pattern, text, readings)) {
          found.push({ start: match.start, end: match.end, rank, match, kind, disguised: true });
        }
      }
      return found;
    });
    return keepDisjoint(candidates)
      .filter(({ kind, match }) => !kind.isExcused?.(text, match))
      .map(({ kind, match, disguised }) => ({ messageId: kind.messageId, match, disguised }));
  };
}
