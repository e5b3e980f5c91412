import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryIds, severities, type Severity } from '../analysis/ids';
import { analyze } from '../analysis';
import { CATEGORY_POINTS, postScore, SEVERITY_COST, type ScoredFinding } from './score';

const finding = fc.record({ category: fc.constantFrom(...categoryIds), severity: fc.constantFrom(...severities) });
const findings = fc.array(finding, { maxLength: 40 });
const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

describe('postScore', () => {
  it('gives 100 to a post with nothing to flag, and to a clean draft the analysis passes', () => {
    expect(postScore([])).toEqual({ total: 100, categories: Object.fromEntries(categoryIds.map((c) => [c, CATEGORY_POINTS])) });
    const report = analyze('Three things we learned moving support to a four-day week: measure response time, write decisions down, protect the fifth day. What would you add?', { platform: 'linkedin' });
    expect(report.findings).toEqual([]);
    expect(postScore(report.findings).total).toBe(100);
  });

  it('costs each finding its severity, from its own category', () => {
    const score = postScore([
      { category: 'length', severity: 'info' },
      { category: 'confidential', severity: 'error' },
      { category: 'confidential', severity: 'warning' },
    ]);
    expect(score.categories).toEqual({ 'self-promotion': 20, inappropriate: 20, confidential: 0, length: 17, 'reader-value': 20 });
    expect(score.total).toBe(77);
  });

  it('is an integer from 0 to 100, the sum of five categories of 0 to 20', () => {
    fc.assert(
      fc.property(findings, (list) => {
        const { total, categories } = postScore(list);
        expect(Number.isInteger(total)).toBe(true);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
        for (const points of Object.values(categories)) expect(points).toBeGreaterThanOrEqual(0);
        for (const points of Object.values(categories)) expect(points).toBeLessThanOrEqual(CATEGORY_POINTS);
        expect(Object.values(categories).reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });

  it('never goes up when a finding is added', () => {
    fc.assert(
      fc.property(findings, finding, fc.nat(), (list, extra, at) => {
        const more = [...list];
        more.splice(at % (list.length + 1), 0, extra);
        expect(postScore(more).total).toBeLessThanOrEqual(postScore(list).total);
        for (const category of categoryIds) expect(postScore(more).categories[category]).toBeLessThanOrEqual(postScore(list).categories[category]);
      }),
    );
  });

  it('never goes up when a finding becomes more severe', () => {
    fc.assert(
      fc.property(findings.filter((list) => list.length > 0), fc.nat(), fc.constantFrom(...severities), (list, at, severity) => {
        const index = at % list.length;
        fc.pre(rank[severity] >= rank[list[index]!.severity]);
        const harsher = list.map((item, i): ScoredFinding => (i === index ? { ...item, severity } : item));
        expect(postScore(harsher).total).toBeLessThanOrEqual(postScore(list).total);
      }),
    );
  });

  it('does not depend on the order of the findings', () => {
    fc.assert(
      fc.property(findings, (list) => {
        expect(postScore([...list].reverse())).toEqual(postScore(list));
      }),
    );
  });

  it('lets one noisy rule (any number of findings in one category) cost at most that category', () => {
    fc.assert(
      fc.property(fc.constantFrom(...categoryIds), fc.constantFrom(...severities), fc.integer({ min: 1, max: 500 }), (category, severity, count) => {
        const noisy = Array.from({ length: count }, () => ({ category, severity }));
        const score = postScore(noisy);
        expect(score.total).toBe(100 - Math.min(CATEGORY_POINTS, count * SEVERITY_COST[severity]));
        expect(score.total).toBeGreaterThanOrEqual(100 - CATEGORY_POINTS);
      }),
    );
  });

  it('costs an error more than a warning and a warning more than a tip', () => {
    expect(SEVERITY_COST.error).toBeGreaterThan(SEVERITY_COST.warning);
    expect(SEVERITY_COST.warning).toBeGreaterThan(SEVERITY_COST.info);
    expect(SEVERITY_COST.error).toBeLessThanOrEqual(CATEGORY_POINTS);
  });
});
