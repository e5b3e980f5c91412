import { describe, expect, it } from 'vitest';
import type { RuleInfo } from '@/lib/analysis/catalogue';
import { termsOf, withRuleLevel, withTerms } from './rule-overrides';

const terms = 'no-confidential-terms';
const rule = { id: terms, defaultSeverity: 'error' } as RuleInfo;

describe('rule overrides', () => {
  it('stores the terms as the rule option, next to its level, and drops the entry when nothing is left', () => {
    const withBoth = withTerms(withRuleLevel({}, rule, 'warning'), ['Project Falcon', 'ACME']);
    expect(withBoth).toEqual({ [terms]: { level: 'warning', options: { terms: ['Project Falcon', 'ACME'] } } });
    expect(termsOf(withBoth)).toEqual(['Project Falcon', 'ACME']);
    expect(withTerms(withBoth, [])).toEqual({ [terms]: { level: 'warning' } });
    expect(withRuleLevel(withTerms(withBoth, []), rule, 'error')).toEqual({});
  });

  it('keeps other options and other rules untouched', () => {
    const overrides = { [terms]: { options: { caseSensitive: true } }, 'max-length': { level: 'off' as const } };
    expect(withTerms(overrides, ['ACME'])).toEqual({ [terms]: { options: { caseSensitive: true, terms: ['ACME'] } }, 'max-length': { level: 'off' } });
  });

  it('reads no terms from a stored option of the wrong shape', () => {
    expect(termsOf({ [terms]: { options: { terms: 'ACME' } } })).toEqual([]);
    expect(termsOf({ [terms]: { options: { terms: ['ACME', 7] } } })).toEqual(['ACME']);
  });
});
