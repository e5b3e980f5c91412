import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/index';
import { ignoreKey, withoutIgnored } from './ignored-findings';

describe('ignored findings', () => {
  const text = 'a'.repeat(300);
  const report = analyze(text, { platform: 'x', language: 'en' });
  const overLimit = report.findings.find((f) => f.ruleId === 'max-length')!;

  it('drops an ignored finding and recomputes the category status', () => {
    expect(report.categories.length).toBe('error');
    const left = withoutIgnored(report, text, new Set([ignoreKey(overLimit, text)]));
    expect(left.findings.some((f) => f.ruleId === 'max-length')).toBe(false);
    expect(left.categories.length).not.toBe('error');
  });

  it('keeps the report as is when nothing is ignored', () => {
    expect(withoutIgnored(report, text, new Set())).toBe(report);
  });

  it('no longer matches once the flagged words change', () => {
    const key = ignoreKey(overLimit, text);
    const longer = 'b' + text;
    const next = analyze(longer, { platform: 'x', language: 'en' });
    expect(withoutIgnored(next, longer, new Set([key])).findings.some((f) => f.ruleId === 'max-length')).toBe(true);
  });
});
