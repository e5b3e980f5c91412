/**
 * A cheap test that a sentence could match a lexicon entry: words that every match of the entry must
 * contain, read off the entry itself. Big alternations are slow to run at every position of every
 * sentence, while looking a sentence's words up in a set is not; most sentences contain none of the
 * words and skip the regex.
 *
 * An entry requires a set of words at each part every match goes through: "{role} are {insult}"
 * requires a role and an insult, and a text passes the screen only with a word of each (the two
 * rarest sets, judged by their shortest word, so "are" is never one). Words are exact ("women") or
 * stems that a word of the text starts with ("idiot" for "idiots?", "immigrat" for "immigrat[ie]").
 * An entry requiring no word (made of optional groups) lets every text through.
 */

export interface RequiredWords {
  exact: string[];
  prefixes: string[];
}

interface Candidate {
  word: string;
  /** The word ends where the entry's word ends ("women "), rather than going on ("immigrat[ie]"). */
  whole: boolean;
}

// Hyphens end a word here: "co-?workers" requires "co", and the text's "co-workers" is read as two words.
const WORD_CHAR_PATTERN = /[\p{L}\p{N}'’]/u;
/** Whether `char` (one UTF-16 unit) is a word character: ASCII answered directly, the rest by the pattern. */
const WORD_CHAR = {
  test(char: string): boolean {
    const code = char.charCodeAt(0);
    if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39;
    return WORD_CHAR_PATTERN.test(char);
  },
};

/** The index just after the group or class opening at `open`, or -1. */
function closeOf(entry: string, open: number): number {
  if (entry[open] === '[') {
    for (let i = open + 1; i < entry.length; i++) {
      if (entry[i] === '\\') i++;
      else if (entry[i] === ']') return i + 1;
    }
    return -1;
  }
  let depth = 0;
  for (let i = open; i < entry.length; i++) {
    const char = entry[i];
    if (char === '\\') i++;
    else if (char === '[') {
      const end = closeOf(entry, i);
      if (end === -1) return -1;
      i = end - 1;
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Splits a group's body at its top-level bars. */
function alternatives(body: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char === '\\') i++;
    else if (char === '(' || char === '[') {
      const end = closeOf(body, i);
      if (end === -1) return [body];
      i = end - 1;
    } else if (char === '|') {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

/** Length of a quantifier at `at` and whether it allows zero repetitions. */
function quantifier(entry: string, at: number): { length: number; optional: boolean } {
  const char = entry[at];
  if (char === '?' || char === '*') return { length: entry[at + 1] === '?' ? 2 : 1, optional: true };
  if (char === '+') return { length: entry[at + 1] === '?' ? 2 : 1, optional: false };
  if (char !== '{') return { length: 0, optional: false };
  const braces = /^\{(\d*)(,\d*)?\}\??/u.exec(entry.slice(at));
  if (braces) return { length: braces[0].length, optional: (braces[1] ?? '') === '' || braces[1] === '0' };
  return { length: 0, optional: false };
}


/**
 * The sets of words a sequence requires, one per part every match goes through (a word, or a group
 * whose every alternative requires a word). `atStart`: the sequence begins where a word of the text
 * begins; `endsWord`: what follows it ends a word.
 */
function requiredSets(entry: string, atStart: boolean, endsWord: boolean): RequiredSets {
  if (entry.length < MEMO_MIN_LENGTH) return readRequiredSets(entry, atStart, endsWord);
  const memo = requiredSetsOf[(atStart ? 2 : 0) + (endsWord ? 1 : 0)]!;
  let found = memo.get(entry);
  if (!found) memo.set(entry, (found = readRequiredSets(entry, atStart, endsWord)));
  return found;
}

interface RequiredSets {
  /** Shared between callers through the memo: read it, never reorder it. */
  readonly sets: readonly Candidate[][];
  endsAtWordStart: boolean;
}

/**
 * Long groups read before: a template's slot ("(women|men|…)", hundreds of words) is expanded into
 * every entry that uses it, and reading it again for each entry was much of the start-up's screen work.
 * One memo per combination of `atStart` and `endsWord`, so the key is the entry itself.
 */
const requiredSetsOf = Array.from({ length: 4 }, () => new Map<string, RequiredSets>());
const MEMO_MIN_LENGTH = 200;

function readRequiredSets(entry: string, atStart: boolean, endsWord: boolean): RequiredSets {
  const sets: Candidate[][] = [];
  let wordStart = atStart;
  for (let i = 0; i < entry.length; ) {
    const char = entry[i]!;
    if (char === ' ') {
      wordStart = true;
      i++;
    } else if (char === '(') {
      const end = closeOf(entry, i);
      if (end === -1) return { sets, endsAtWordStart: false };
      const body = entry.slice(i + 1, end - 1);
      const { length, optional } = quantifier(entry, end);
      const next = end + length;
      const lookaround = /^\?(<?[=!])/u.test(body);
      // A lookaround takes no room, so what follows it begins where it stood.
      if (!lookaround) {
        const after = entry[next];
        // " ?" makes the space optional: the word may run on into the next ("e ?mail" matches "email").
        const endsHere = after === undefined ? endsWord : after === ' ' && entry[next + 1] !== '?';
        const inner = alternatives(body.startsWith('?:') ? body.slice(2) : body).map((alternative) =>
          requiredSets(alternative, wordStart, endsHere),
        );
        const best = inner.map(({ sets: found }) => bestOf(found));
        if (!optional && length === 0 && best.every((set) => set.length)) sets.push(best.flat());
        // A word begins after the group if it does after every alternative, and, when the group may be
        // skipped, also before it ("(un)?culattone" may be "unculattone").
        wordStart = inner.every((found) => found.endsAtWordStart) && (!optional || wordStart);
      }
      i = next;
    } else if (WORD_CHAR.test(char)) {
      let j = i;
      while (j < entry.length && WORD_CHAR.test(entry[j]!)) j++;
      let word = entry.slice(i, j);
      const { length, optional } = quantifier(entry, j);
      // "idiots?": the quantifier takes only the last letter.
      if (optional) word = word.slice(0, -1);
      const next = j + length;
      let whole = !optional && (next === entry.length ? endsWord : entry[next] === ' ' && entry[next + 1] !== '?');
      word = word.toLowerCase().replace(/’/gu, "'");
      // The text's "dell'idea" is read as "dell'idea", "dell" and "idea": an entry's word with an
      // apostrophe is looked up as a stem, up to the apostrophe.
      if (word.includes("'")) {
        word = word.slice(0, word.indexOf("'"));
        whole = false;
      }
      if (wordStart && word) sets.push([{ word, whole }]);
      wordStart = false;
      i = next;
    } else if (char === '\\') {
      const escape = /^\\(?:p\{[^}]*\}|.)/u.exec(entry.slice(i))![0];
      const { length, optional } = quantifier(entry, i + escape.length);
      // "\s+" ends a word; "\s*" may not ("bull\s*shit" is also "bullshit").
      wordStart = escape === '\\s' && !optional;
      i += escape.length + length;
    } else if (char === '[') {
      const end = closeOf(entry, i);
      if (end === -1) return { sets, endsAtWordStart: false };
      i = end + quantifier(entry, end).length;
      wordStart = false;
    } else {
      // ^ and $ take no room; anything else (".", "|") cannot be read as a word.
      if (char !== '^' && char !== '$') wordStart = false;
      i++;
    }
  }
  return { sets, endsAtWordStart: wordStart };
}

/** Longer words are rarer: the set whose shortest word is longest, then the smallest. */
const score = (set: readonly Candidate[]) => Math.min(...set.map((c) => c.word.length)) * 1000 - set.length;

function bestOf(sets: readonly Candidate[][]): Candidate[] {
  return sets.reduce<Candidate[]>((best, set) => (!best.length || score(set) > score(best) ? set : best), []);
}

const toWords = (set: readonly Candidate[]): RequiredWords => ({
  exact: set.filter((c) => c.whole).map((c) => c.word),
  prefixes: set.filter((c) => !c.whole).map((c) => c.word),
});

/** The rarest set of words every match of `entry` contains one of, or null if no word is required. */
export function requiredWords(entry: string): RequiredWords | null {
  const best = bestOf(requiredSets(entry, true, true).sets);
  return best.length ? toWords(best) : null;
}

/** The two rarest such sets: a match contains a word of each ("customers" and "idiots"). */
function screeningSets(entry: string): RequiredWords[] {
  return [...requiredSets(entry, true, true).sets]
    .sort((a, b) => score(b) - score(a))
    .slice(0, 2)
    .map(toWords);
}

/** The words of a text as the screen compares them: lower case, straight apostrophes, and "dell'idea" also as "dell" and "idea". */
export function screenWords(text: string): readonly string[] {
  // Every rule screens the same sentences and lines one after the other: read their words once.
  const known = recentWords.get(text);
  if (known) return known;
  const words: string[] = [];
  for (const word of text.toLowerCase().replace(CURLY_APOSTROPHE, "'").match(SCREEN_WORD) ?? []) {
    const bare = trimApostrophes(word);
    if (!bare) continue;
    words.push(bare);
    if (bare.includes("'")) words.push(...bare.split("'").filter(Boolean));
  }
  if (recentWords.size >= MAX_RECENT_TEXTS) recentWords.clear();
  recentWords.set(text, words);
  return words;
}
const CURLY_APOSTROPHE = /’/gu;
const SCREEN_WORD = /[\p{L}\p{N}']+/gu;

/** `word` without the apostrophes it starts or ends with ("'tis'" is "tis"). */
function trimApostrophes(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && word.charCodeAt(start) === 39) start++;
  while (end > start && word.charCodeAt(end - 1) === 39) end--;
  return start === 0 && end === word.length ? word : word.slice(start, end);
}

/**
 * The words of the texts screened during one analysis (the analyzer forgets them when it is done), so
 * a long draft's sentences are read once, not once per rule. The bound only guards callers outside
 * an analysis; a draft at the message cap has fewer texts.
 */
const recentWords = new Map<string, readonly string[]>();
const MAX_RECENT_TEXTS = 50_000;

/** Forgets the words of recent texts: each analysis starts with nothing learnt from earlier drafts, and keeps nothing after. */
export function forgetRecentWords(): void {
  recentWords.clear();
}

/** The words that entries require: a text passes when, for one entry, it has a word of each of its sets. */
export class WordScreen {
  readonly entries: RequiredWords[][] = [];
  /** False when some entry requires no word, so every text passes. */
  readonly selective: boolean;

  constructor(entries: readonly string[]) {
    // An entry may itself be an alternation ("foo|bar"): each alternative is screened on its own.
    for (const entry of entries) for (const alternative of alternatives(entry)) this.entries.push(screeningSets(alternative));
    this.selective = this.entries.every((sets) => sets.length > 0);
  }

  passes(words: readonly string[]): boolean {
    return new ScreenIndex([this]).passesAny(words);
  }
}

/** Several screens looked up at once: each word of a text costs a few lookups, however many screens there are. */
interface StemNode {
  next: Map<string, StemNode>;
  ids: number[];
}

export class ScreenIndex {
  private readonly exact = new Map<string, number[]>();
  /** Stems as a trie: a word is walked letter by letter, and most walks end after a letter or two. */
  private readonly stems: StemNode = { next: new Map(), ids: [] };
  /** Per set id, the screen it belongs to. */
  private readonly screenOfSet: number[] = [];
  /** Per screen, its entries as lists of set ids; undefined for a screen that always passes. */
  private readonly screens: Array<number[][] | undefined> = [];
  private readonly open: number[] = [];
  /** Set ids marked during one `passing` call, and screens already decided (reset before returning). */
  private readonly marks: Uint8Array;
  private readonly decided: Uint8Array;

  /** `screens[i]` undefined or unselective: screen `i` always passes. */
  constructor(screens: ReadonlyArray<WordScreen | undefined>) {
    screens.forEach((screen, index) => {
      if (!screen?.selective) {
        this.screens.push(undefined);
        this.open.push(index);
        return;
      }
      this.screens.push(
        screen.entries.map((sets) =>
          sets.map((set) => {
            const id = this.screenOfSet.push(index) - 1;
            for (const word of set.exact) {
              const ids = this.exact.get(word);
              if (ids) ids.push(id);
              else this.exact.set(word, [id]);
            }
            for (const prefix of set.prefixes) this.stemNode(prefix).ids.push(id);
            return id;
          }),
        ),
      );
    });
    this.marks = new Uint8Array(this.screenOfSet.length);
    this.decided = new Uint8Array(screens.length);
  }

  private stemNode(stem: string): StemNode {
    let node = this.stems;
    for (let i = 0; i < stem.length; i++) {
      const letter = stem[i]!;
      let child = node.next.get(letter);
      if (!child) node.next.set(letter, (child = { next: new Map(), ids: [] }));
      node = child;
    }
    return node;
  }

  /** Whether `words` pass any screen (`passing` without sorting). */
  passesAny(words: readonly string[]): boolean {
    return this.open.length > 0 || this.passingUnsorted(words).length > 0;
  }

  /** The indices of the screens that `words` pass, in order. */
  passing(words: readonly string[]): number[] {
    return this.passingUnsorted(words).sort((a, b) => a - b);
  }

  private passingUnsorted(words: readonly string[]): number[] {
    const touched: number[] = [];
    const mark = (ids: readonly number[]) => {
      for (const id of ids) {
        if (this.marks[id]) continue;
        this.marks[id] = 1;
        touched.push(id);
      }
    };
    for (const word of words) {
      const exact = this.exact.get(word);
      if (exact) mark(exact);
      let node: StemNode | undefined = this.stems;
      for (let i = 0; i < word.length && node; i++) {
        node = node.next.get(word[i]!);
        if (node?.ids.length) mark(node.ids);
      }
    }
    if (!touched.length) return [...this.open];
    const passed = [...this.open];
    for (const id of touched) {
      const index = this.screenOfSet[id]!;
      if (this.decided[index]) continue;
      this.decided[index] = 1;
      if (this.screens[index]!.some((sets) => sets.every((set) => this.marks[set]))) passed.push(index);
    }
    for (const id of touched) {
      this.marks[id] = 0;
      this.decided[this.screenOfSet[id]!] = 0;
    }
    return passed;
  }
}
