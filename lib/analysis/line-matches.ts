import type { DocumentContext } from './define-rule';
import { findMatches, type Match } from './lexicon';

const patternIds = new WeakMap<RegExp, number>();
let nextPatternId = 0;

/**
 * `findMatches` over a whole draft for a document rule, line by line through the rule's memo, so an
 * edit re-scans only the line it touched. A phrase never spans a line break, which is also how
 * readers see it. Each line takes one memo entry holding the matches of every pattern the rule asked
 * for: one entry per pattern and line would overflow the memo on a long draft, and every keystroke
 * would then scan every line again.
 */
export function findMatchesByLine(ctx: Pick<DocumentContext<unknown, string>, 'lines' | 'memo'>, pattern: RegExp): Match[] {
  let id = patternIds.get(pattern);
  if (id === undefined) patternIds.set(pattern, (id = nextPatternId++));
  const matches: Match[] = [];
  for (const line of ctx.lines) {
    if (!line.text) continue;
    const byPattern = ctx.memo(line.text, () => new Map<number, Match[]>(), 'matches');
    let lineMatches = byPattern.get(id);
    if (!lineMatches) byPattern.set(id, (lineMatches = findMatches(pattern, line.text)));
    for (const match of lineMatches) {
      matches.push({ start: line.start + match.start, end: line.start + match.end, text: match.text });
    }
  }
  return matches;
}
