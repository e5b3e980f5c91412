import type { Finding, Report } from '../analysis/schema';
import type { CheckedDraft } from './check';
import type { Draft } from './inputs';

/** A hand-made finding, so output tests do not change when rules are added or reworded. */
export function fakeFinding(finding: Partial<Finding> & Pick<Finding, 'span'>): Finding {
  return {
    ruleId: 'test-rule',
    category: 'reader-value',
    severity: 'warning',
    messageId: 'found',
    message: 'Something to improve.',
    why: 'Because.',
    fix: 'Improve it.',
    data: {},
    ...finding,
  };
}

export function fakeReport(findings: Finding[] = [], report: Partial<Report> = {}): Report {
  return {
    language: 'en',
    platform: 'x',
    categories: { 'self-promotion': 'ok', inappropriate: 'ok', confidential: 'ok', length: 'ok', 'reader-value': 'ok' },
    findings,
    stats: { characters: 40, limit: 280, graphemes: 40, words: 8, sentences: 2, readingSeconds: 2, readability: null, foldAt: null },
    ...report,
  };
}

export function fakeChecked(text: string, findings: Finding[] = [], draft: Partial<Draft> = {}): CheckedDraft {
  return { kind: 'checked', draft: { kind: 'draft', source: 'post.txt', text, ...draft }, report: fakeReport(findings) };
}
