import { categoryIds, type CategoryId, type Severity } from '../analysis/ids';

/** Each of the five categories is worth this many points: five of them make 100. */
export const CATEGORY_POINTS = 20;

/** What one finding costs its category. A category never loses more than its own points. */
export const SEVERITY_COST: Readonly<Record<Severity, number>> = { info: 3, warning: 8, error: 15 };

export interface ScoredFinding {
  category: CategoryId;
  severity: Severity;
}

export interface PostScore {
  /** 0–100: the sum of the categories' points. */
  total: number;
  /** Points left in each category, 0–20. */
  categories: Record<CategoryId, number>;
}

/**
 * The post score: every category starts with 20 points and each finding takes points from its own
 * category (3 for a tip, 8 for a warning, 15 for an error), never below 0. The score is the sum of
 * the five categories. Pure and cheap: the overlay, the popup and the history all call it.
 */
export function postScore(findings: readonly ScoredFinding[]): PostScore {
  const lost = Object.fromEntries(categoryIds.map((category) => [category, 0])) as Record<CategoryId, number>;
  for (const { category, severity } of findings) {
    if (category in lost) lost[category] += SEVERITY_COST[severity];
  }
  const categories = Object.fromEntries(categoryIds.map((category) => [category, Math.max(0, CATEGORY_POINTS - lost[category])])) as Record<CategoryId, number>;
  return { total: categoryIds.reduce((sum, category) => sum + categories[category], 0), categories };
}
