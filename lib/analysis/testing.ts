import { describe, expect, it } from 'vitest';
import type { Rule, RuleExample } from './define-rule';
import { createAnalyzer } from './engine';
import type { Finding, FindingData, Language, PlatformId } from './schema';

export interface RuleCase {
  text: string;
  platform?: PlatformId;
  language?: Language;
  /** The rule's options, as a user would set them. */
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  messageId: string;
  /** Only the keys given are compared. */
  data?: FindingData;
  /** The flagged text, i.e. `text.slice(span.start, span.end)`. */
  match?: string;
}

/** Runs one rule alone on a draft, at its default severity, throwing if the rule throws. */
export function runRule(rule: Rule, draft: RuleCase | RuleExample): Finding[] {
  const input = typeof draft === 'string' ? { text: draft } : draft;
  const settings = { rules: { [rule.id]: { options: 'options' in input ? input.options : undefined } } };
  const analyzer = createAnalyzer(settings, [rule], { throwRuleErrors: true });
  return analyzer.analyze(input.text, { platform: input.platform, language: input.language }).findings;
}

/**
 * ESLint's RuleTester for our rules: `valid` drafts give no finding, each `invalid` draft gives exactly
 * the findings listed, in order, compared by messageId, data and flagged text (never by prose).
 */
export function testRule(
  rule: Rule,
  cases: { valid: Array<string | RuleCase>; invalid: Array<RuleCase & { findings: ExpectedFinding[] }> },
): void {
  describe(rule.id, () => {
    describe('valid', () => {
      for (const draft of cases.valid) {
        const input = typeof draft === 'string' ? { text: draft } : draft;
        it(JSON.stringify(input.text).slice(0, 80), () => {
          expect(runRule(rule, input).map(describeFinding)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const draft of cases.invalid) {
        it(JSON.stringify(draft.text).slice(0, 80), () => {
          const found = runRule(rule, draft);
          expect(found.map((finding, index) => pick(finding, draft.text, draft.findings[index] ?? draft.findings[0]))).toEqual(
            draft.findings.map((expected) => ({
              messageId: expected.messageId,
              ...(expected.data ? { data: expected.data } : {}),
              ...(expected.match !== undefined ? { match: expected.match } : {}),
            })),
          );
        });
      }
    });
  });

  function pick(finding: Finding, text: string, shape: ExpectedFinding | undefined) {
    const data = shape?.data
      ? Object.fromEntries(Object.keys(shape.data).map((key) => [key, finding.data[key]]))
      : undefined;
    return {
      messageId: finding.messageId,
      ...(data ? { data } : {}),
      ...(shape?.match !== undefined ? { match: text.slice(finding.span.start, finding.span.end) } : {}),
    };
  }
}

function describeFinding(finding: Finding): string {
  return `${finding.messageId} ${JSON.stringify(finding.data)} @${finding.span.start}-${finding.span.end}`;
}
