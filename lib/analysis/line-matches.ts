import type { DocumentContext } from './define-rule';
import { findMatches, type Match } from './lexicon';

const patternIds = new WeakMap<RegExp, number>();
let nextPatternId = 0;

/**
 * `findMatches` over a whole draft for a document rule, line by line through the rule's memo, so an
 * edit re-scans only the line it touched. A phrase never spans a line break, which is also how
 * readers see it.
 */
export function findMatchesByLine(ctx: Pick<DocumentContext<unknown, string>, 'lines' | 'memo'>, pattern: RegExp): Match[] {
  let id = patternIds.get(pattern);
  if (id === undefined) patternIds.set(pattern, (id = nextPatternId++));
  const matches: Match[] = [];
  for (const line of ctx.lines) {
    if (!line.text) continue;
    for (const match of ctx.memo(`matches\u0000${id}\u0000${line.text}`, () => findMatches(pattern, line.text))) {
      matches.push({ start: line.start + match.start, end: line.start + match.end, text: match.text });
    }
  }
  return matches;
}
