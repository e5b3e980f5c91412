import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/schema';
import { blockingFindings, draftSettings, drillId, isQuiet, parseProgress, withDrillDone } from './drills';

const finding = (ruleId: string, severity: Finding['severity']) => ({ ruleId, severity }) as Finding;

describe('drills', () => {
  it('pass only when nothing is at warning or error and their own rule is silent', () => {
    expect(isQuiet({ findings: [] }, 'no-hard-sell')).toBe(true);
    expect(isQuiet({ findings: [finding('min-readability', 'info')] }, 'no-hard-sell')).toBe(true);
    expect(isQuiet({ findings: [finding('no-shouting', 'warning')] }, 'no-hard-sell')).toBe(false);
    expect(isQuiet({ findings: [finding('no-secrets', 'error')] }, 'no-hard-sell')).toBe(false);
    // A tip-level rule's own drill is not passed while that tip is shown.
    expect(isQuiet({ findings: [finding('require-takeaway', 'info')] }, 'require-takeaway')).toBe(false);
    const findings = [finding('min-readability', 'info'), finding('no-shouting', 'warning'), finding('no-hard-sell', 'info')];
    expect(blockingFindings({ findings }, 'no-hard-sell').map(({ ruleId }) => ruleId)).toEqual(['no-shouting', 'no-hard-sell']);
  });

  it('give their rule the lesson\'s options, and nothing else', () => {
    expect(draftSettings({ ruleId: 'no-hard-sell' })).toEqual({ rules: {} });
    expect(draftSettings({ ruleId: 'no-confidential-terms', options: { terms: ['Falcon'] } })).toEqual({ rules: { 'no-confidential-terms': { options: { terms: ['Falcon'] } } } });
  });
});

describe('practice progress', () => {
  it('keeps drill ids only: unknown ids, repeats and anything else are dropped', () => {
    expect(parseProgress({ done: ['no-hard-sell.en', 'no-hard-sell.en', 'no-hard-sell.fr', 'made-up.it', 42, 'no-teaser.it'] })).toEqual({ done: ['no-hard-sell.en', 'no-teaser.it'] });
    expect(parseProgress({ done: ['no-hard-sell.en'], draft: 'Buy now!' })).toEqual({ done: ['no-hard-sell.en'] });
  });

  it('falls back to nothing done on a corrupt value', () => {
    for (const value of [undefined, null, 'done', [], { done: 'no-hard-sell.en' }, { done: null }]) expect(parseProgress(value)).toEqual({ done: [] });
  });

  it('marks a drill done once', () => {
    const once = withDrillDone({ done: [] }, drillId('no-teaser', 'it'));
    expect(once).toEqual({ done: ['no-teaser.it'] });
    expect(withDrillDone(once, 'no-teaser.it')).toBe(once);
  });
});
