import { countProseWords } from './prose';
import { compileByLanguage, compileLexicon, lazyByLanguage, mayMatch, type Match } from './lexicon';
import { baseVerbs } from './lexicons/en/base-verbs';
import * as en from './lexicons/en/takeaways';
import * as it from './lexicons/it/takeaways';
import type { Language } from './schema';
import type { Line, Sentence } from './segment';
import { hasCitation } from './sources';
import { execAll } from './exec-all';

/**
 * Does a draft give its reader something (a tip, steps, a lesson, data with its meaning, a resource,
 * an example, a real question)? Shared by the reader-value rules: a post that delivers should get no
 * warning about having nothing to offer, about its greeting, or about a teaser it then pays off.
 */

export type TakeawayKind = 'phrase' | 'list' | 'source' | 'contact' | 'question' | 'instruction';

export interface Takeaway {
  kind: TakeawayKind;
  /** Offsets into the draft. */
  span: { start: number; end: number };
}

/** What the check needs from a document rule's context. */
export interface DraftView {
  language: Language;
  lines: readonly Line[];
  sentences: readonly Sentence[];
  memo<T>(key: string, compute: () => T, kind?: string): T;
}

const lexicons = { en, it } as const;

const phrases = compileByLanguage({ en: en.takeawayPhrases, it: it.takeawayPhrases });
const rhetorical = compileByLanguage({ en: en.rhetoricalQuestions, it: it.rhetoricalQuestions });
/** "I always read the job description twice": a habit shared is a tip, told in the first person. */
const habit = compileByLanguage({
  en: [`(i|we) (always|never|now|usually|first|also) (${en.adviceVerbs.join('|')})`],
  it: it.habits,
});

/** Anchored at the position given by `lastIndex`, for matching at the start of a sentence. */
function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
}

/** A lexicon matched where a sentence (or a clause) starts, after an optional "never", "please", "non"… */
function atStart(pick: (lexicon: (typeof lexicons)[Language]) => readonly string[]): Record<Language, RegExp> {
  const compile = (language: Language) => {
    const lexicon = lexicons[language];
    return sticky(compileLexicon([`((${lexicon.advicePrefixes.join('|')}),? )?(${pick(lexicon).join('|')})`]));
  };
  return lazyByLanguage({ en: () => compile('en'), it: () => compile('it') });
}
const instruction = atStart((lexicon) => lexicon.adviceVerbs);
const notInstruction = atStart((lexicon) => lexicon.notAdvice);
const conditional = atStart((lexicon) => lexicon.conditionals);

const LIST_LINE = /^\s*(?:[-*•▪◦‣→▶➤✓✔☑✅👉🔹🔸📌💡⭐➡]\uFE0F?|\d{1,2}[.)]|\d\uFE0F?\u20E3)\s*[\p{L}\p{N}]/u;
/** An e-mail address: whom to write to, for an event, a job, a volunteer shift. */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** Where a sentence's words begin, past bullets, emoji, quotes and numbering. */
const LEAD = /^[^\p{L}]*/u;
/** Where the words after a colon begin: "The best advice I got: ask the question in the meeting." */
const AFTER_COLON = /:[^\p{L}]*/gu;
const AFTER_COMMA = /,[^\p{L}]*/gu;
/** Sentences that open with these cannot be instructions, so the grammar check is not needed. */
const NOT_A_VERB =
  /^(?:time|i|i'm|i've|we|we're|we've|my|our|the|a|an|it|it's|this|that|these|those|so|and|but|after|today|yesterday|tonight|what|when|another|new|huge|big|great|excited|thrilled|grateful|proud|happy|such|there|here|what's|who|how|why|he|she|they|his|her|their|you|your|one|two|three|last|next|first|every|all|some|thank|thanks)\b/iu;
/** First words that are not a verb's base form: "Onwards", "Grateful", "Feeling", "Wrapped", "Truly". */
const NOT_A_BASE_FORM = /^\p{L}+(?:ed|ing|ly|ful|ous|ive|ness|ment|[^s]s)(?![\p{L}'’])/iu;
const MAX_GRAMMAR_SENTENCES = 20;
const MAX_GRAMMAR_WORDS = 40;

/** The first thing in the draft that gives the reader something, or null when there is none. */
export function findTakeaway(draft: DraftView): Takeaway | null {
  return findCheapTakeaway(draft) ?? findInstructionByGrammar(draft);
}

/** What one line holds, relative to the line: cached per line text, so an edit re-checks one line. */
interface LineSignals {
  takeaway: { kind: TakeawayKind; start: number; end: number } | null;
  listItem: boolean;
}

/** Signals found with regular expressions alone, line by line: phrases, lists, links, questions, instructions. */
function findCheapTakeaway({ language, lines, memo }: DraftView): Takeaway | null {
  let listItems = 0;
  for (const line of lines) {
    if (!line.text.trim()) continue;
    const { takeaway, listItem } = memo(line.text, () => lineSignals(line, language), 'line');
    if (takeaway) return { kind: takeaway.kind, span: { start: line.start + takeaway.start, end: line.start + takeaway.end } };
    if (listItem && ++listItems === 2) return { kind: 'list', span: { start: line.start, end: line.end } };
  }
  return null;
}

function lineSignals(line: Line, language: Language): LineSignals {
  const { text } = line;
  const listItem = LIST_LINE.test(text);
  const phrase = firstMatch(phrases[language], text) ?? firstMatch(habit[language], text);
  if (phrase) return { takeaway: { kind: 'phrase', start: phrase.start, end: phrase.end }, listItem };
  // A link or a reference gives the reader somewhere to go or something to check.
  if (hasCitation(text, language)) return { takeaway: { kind: 'source', start: 0, end: text.length }, listItem };
  const email = text.includes('@') ? EMAIL.exec(text) : null;
  if (email) return { takeaway: { kind: 'contact', start: email.index, end: email.index + email[0].length }, listItem };
  for (const sentence of line.sentences) {
    const kind = isQuestionToReaders(sentence, language)
      ? 'question'
      : instructionStarts(sentence.text, language).some((at) => isInstruction(sentence.text, at, language))
        ? 'instruction'
        : null;
    if (kind) return { takeaway: { kind, start: sentence.start - line.start, end: sentence.end - line.start }, listItem };
  }
  return { takeaway: null, listItem };
}

/**
 * Instructions the advice verbs do not cover ("Block two hours for deep work."), found by grammar:
 * English only, through the rule's memo.
 */
function findInstructionByGrammar({ language, sentences, memo }: DraftView): Takeaway | null {
  if (language !== 'en') return null;
  let checked = 0;
  for (const sentence of sentences) {
    if (checked >= MAX_GRAMMAR_SENTENCES) break;
    if (sentence.words < 2 || sentence.words > MAX_GRAMMAR_WORDS) continue;
    const lead = LEAD.exec(sentence.text)![0].length;
    const body = sentence.text.slice(lead);
    if (NOT_A_VERB.test(body) || NOT_A_BASE_FORM.test(body) || startsWith(notInstruction.en, sentence.text, lead)) continue;
    checked++;
    if (memo(body, () => opensWithImperative(body), 'imperative')) {
      return { kind: 'instruction', span: { start: sentence.start, end: sentence.end } };
    }
  }
  return null;
}

/**
 * Where an instruction could begin: the sentence's first word, the first word after each colon and,
 * in a sentence opening with a condition ("If nobody reads it, send…"), after each comma.
 */
function instructionStarts(sentence: string, language: Language): number[] {
  const lead = LEAD.exec(sentence)![0].length;
  const starts = [lead];
  const after = (pattern: RegExp) => {
    for (const mark of execAll(pattern, sentence)) starts.push(mark.index + mark[0].length);
  };
  if (sentence.includes(':')) after(AFTER_COLON);
  if (sentence.includes(',') && startsWith(conditional[language], sentence, lead)) after(AFTER_COMMA);
  return starts;
}

function isInstruction(sentence: string, at: number, language: Language): boolean {
  return startsWith(instruction[language], sentence, at) && !startsWith(notInstruction[language], sentence, at);
}

/** The words a sentence opens with, as the imperative check reads them: lower case, straight apostrophes. */
const OPENING_WORDS = /[\p{L}]+(?:['’][\p{L}]+)*/gu;
/** One word that may stand before an imperative without changing it: "Never send…", "Please check…". */
const IMPERATIVE_LEADS = new Set(['not', 'never', "don't", 'dont', 'please', 'pls', 'plz', 'just', 'simply', 'always', 'also', 'first', 'then', 'now', 'so', 'instead']);
/** Verbs that make the opening word a noun when they follow it closely: "Test results are in". */
const FINITE_VERBS = new Set([
  'is', 'are', 'was', 'were', 'am', "isn't", "aren't", "wasn't", "weren't", 'has', 'have', 'had', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', "won't", "can't", "doesn't", "didn't", "hasn't",
]);
/** Words that may come between an imperative and a finite verb: "Make sure it is…", "Check that this is…". */
const BEFORE_A_CLAUSE = new Set(['sure', 'it', 'this', 'that', 'they', 'he', 'she', 'we', 'you', 'there', 'what', 'who', 'how', 'why', 'if', 'whether']);
let verbs: ReadonlySet<string> | undefined;

/**
 * Whether a sentence opens with a verb's base form ("Block two hours for deep work."), past one
 * optional lead word or adverb, and is not a noun followed by its own verb ("Jet lag is real").
 */
export function opensWithImperative(sentence: string): boolean {
  OPENING_WORDS.lastIndex = 0;
  const words: string[] = [];
  for (let found = OPENING_WORDS.exec(sentence); found && words.length < 5; found = OPENING_WORDS.exec(sentence)) {
    words.push(found[0].toLowerCase().replace(/’/gu, "'"));
  }
  verbs ??= new Set(baseVerbs);
  if (words[0] === 'do' && words[1] === 'not') words.splice(0, 2);
  // An adverb in -ly ("Gently remind…"), but not a verb in -ly ("Reply to…", "Apply…").
  else if (words.length > 1 && (IMPERATIVE_LEADS.has(words[0]!) || (words[0]!.endsWith('ly') && !verbs.has(words[0]!)))) words.shift();
  if (!words.length || !verbs.has(words[0]!)) return false;
  const finite = words.findIndex((word, i) => i > 0 && i <= 2 && FINITE_VERBS.has(word));
  return finite === -1 || words.slice(1, finite).some((word) => BEFORE_A_CLAUSE.has(word));
}

/** A question is asked of the reader unless it is too short to ask anything ("Ready?") or rhetorical. */
function isQuestionToReaders(sentence: Sentence, language: Language): boolean {
  return sentence.text.includes('?') && sentence.words >= 3 && !firstMatch(rhetorical[language], sentence.text);
}

function startsWith(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * The first match of a compiled lexicon, after its word screen: most lines hold none of the words the
 * big alternations need, and one that never runs is never compiled, which a cold start feels most.
 */
function firstMatch(pattern: RegExp, text: string): Match | null {
  if (!mayMatch(pattern, text)) return null;
  pattern.lastIndex = 0;
  const found = pattern.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length, text: found[0] } : null;
}

/** `countProseWords` for a whole draft, counted line by line through the memo so edits recount one line. */
export function countDraftWords({ lines, memo }: Pick<DraftView, 'lines' | 'memo'>): number {
  let words = 0;
  for (const line of lines) if (line.text) words += memo(line.text, () => countProseWords(line.text), 'words');
  return words;
}
