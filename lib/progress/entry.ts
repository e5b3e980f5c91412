import type { CategoryStatus, Finding } from '../analysis/schema';
import { postScore } from '../score/score';
import type { DraftEntry } from './schema';

const rank: Record<CategoryStatus, number> = { ok: 0, info: 1, warning: 2, error: 3 };

/**
 * What the history keeps of a draft: its score, its worst finding and how many findings of each
 * rule and category it has. Built in the content script from the findings the user sees (ignored
 * ones left out), so only counts and rule ids ever reach the background, never the text.
 */
export function draftEntry(
  findings: readonly Pick<Finding, 'ruleId' | 'category' | 'severity'>[],
  draftId: string,
  outcome: DraftEntry['outcome'],
): DraftEntry {
  const rules: Record<string, number> = {};
  const categories: DraftEntry['categories'] = {};
  let worst: CategoryStatus = 'ok';
  for (const { ruleId, category, severity } of findings) {
    rules[ruleId] = (rules[ruleId] ?? 0) + 1;
    categories[category] = (categories[category] ?? 0) + 1;
    if (rank[severity] > rank[worst]) worst = severity;
  }
  return { draftId, outcome, score: postScore(findings).total, worst, rules: rules as DraftEntry['rules'], categories };
}

/** A random id for a new draft: 16 base-36 characters, unrelated to its text. */
export function newDraftId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join('');
}
