import { compileByLanguage } from './lexicon';
import * as en from './lexicons/en/negation';
import * as it from './lexicons/it/negation';
import type { Language, Span } from './schema';
import { execAll } from './exec-all';

/**
 * Whether a statement found in a sentence is the writer's own, or denied ("I don't think women are
 * inferior"), reported ("the myth that …", "he told me that …", a quotation) or condemned ("… is
 * wrong"). Posts that fight hate quote it; a coach that flags them gets switched off.
 */

const negations = compileByLanguage({ en: en.negations, it: it.negations });
const affirming = compileByLanguage({ en: en.affirming, it: it.affirming });
const reporting = compileByLanguage({ en: en.reporting, it: it.reporting });
const endorsing = compileByLanguage({ en: en.endorsing, it: it.endorsing });
const condemnations = compileByLanguage({ en: en.condemnations, it: it.condemnations });

/** Where a clause starts: punctuation, or a "but" that turns the sentence ("I'm not racist, but …"). */
const CLAUSE_BREAK = /[.;:!?,()[\]"“”«»—–]|(?<![\p{L}])(?:ma|but|però|pero|however|yet|eppure|anzi)(?![\p{L}])/giu;
/** How far back and ahead to look: a clause, not a paragraph. */
const WINDOW = 160;

function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  let cut = 0;
  for (const found of execAll(CLAUSE_BREAK, before)) cut = found.index + found[0].length;
  return before.slice(cut);
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Inside quotation marks opened before the span and not yet closed. */
function quoted(text: string, start: number): boolean {
  const before = text.slice(0, start);
  const straight = (before.match(/(?<![\p{L}])"|"(?![\p{L}])/gu) ?? []).length % 2 === 1;
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
  const guillemets = before.lastIndexOf('«') > before.lastIndexOf('»');
  return straight || curly || guillemets;
}

/** Opening quotation marks and the marks that close each. */
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»', '„': '“' };

/**
 * The span is wrapped in quotation marks of its own ("frocio", 'retard', «terrona»): a word named or
 * quoted, not used. Spaces inside the marks are allowed (« terrona »).
 */
export function isEnclosedInQuotes(text: string, span: Span): boolean {
  let before = span.start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = span.end;
  while (after < text.length && text[after] === ' ') after++;
  const closing = CLOSING_QUOTES[text[before] ?? ''];
  return closing !== undefined && text[after] === closing;
}

/** A negation governs the span: it stands earlier in the same clause and does not affirm. */
export function isNegated(text: string, span: Span, language: Language): boolean {
  const clause = clauseBefore(text, span.start).replace(affirming[language], (found) => ' '.repeat(found.length));
  return test(negations[language], clause);
}

/** The span is someone else's words, a belief named as such, or condemned right after. */
export function isReported(text: string, span: Span, language: Language): boolean {
  if (quoted(text, span.start) || isEnclosedInQuotes(text, span)) return true;
  const before = text.slice(Math.max(0, span.start - WINDOW), span.start);
  reporting[language].lastIndex = 0;
  for (const found of execAll(reporting[language], before)) {
    if (!test(endorsing[language], before.slice(Math.max(0, found.index - 40), found.index + found[0].length))) return true;
  }
  const after = text.slice(span.end, span.end + 60);
  condemnations[language].lastIndex = 0;
  const condemned = condemnations[language].exec(after);
  return condemned !== null && !/[.!?]/u.test(after.slice(0, condemned.index));
}

/** Not the writer's own claim: denied, reported or condemned. */
export function isDisowned(text: string, span: Span, language: Language): boolean {
  return isNegated(text, span, language) || isReported(text, span, language);
}
