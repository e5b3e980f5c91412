import { describe, expect, it } from 'vitest';
import type { Finding } from '../analysis/schema';
import { auditable, decidePublish, ruleIdsOf, type DraftCheck } from './decide';

const finding = (ruleId: string, severity: Finding['severity'], start = 0): Finding => ({
  ruleId,
  category: 'inappropriate',
  severity,
  messageId: 'm',
  message: ruleId,
  why: '',
  fix: '',
  data: {},
  span: { start, end: start + 4 },
});
const current = (...findings: Finding[]): DraftCheck => ({ state: 'current', findings });

describe('the check before Publish', () => {
  it('stops for an error at the default level, listing the errors in text order', () => {
    const decision = decidePublish({
      level: 'error',
      siteEnabled: true,
      drafts: [current(finding('no-secrets', 'error', 30), finding('no-hard-sell', 'warning', 5), finding('no-profanity', 'error', 10))],
    });
    expect(decision).toMatchObject({ verdict: 'stop', level: 'error' });
    expect(decision.verdict === 'stop' && decision.findings[0]!.map((f) => f.ruleId)).toEqual(['no-profanity', 'no-secrets']);
  });

  it('lets warnings and tips through at the default level, and stops for warnings when asked to', () => {
    const drafts = [current(finding('no-hard-sell', 'warning'), finding('require-takeaway', 'info'))];
    expect(decidePublish({ level: 'error', siteEnabled: true, drafts })).toEqual({ verdict: 'pass' });
    const warning = decidePublish({ level: 'warning', siteEnabled: true, drafts });
    expect(warning.verdict === 'stop' && warning.findings[0]!.map((f) => f.ruleId)).toEqual(['no-hard-sell']);
  });

  it('never stops when it is off, nor for a clean draft', () => {
    expect(decidePublish({ level: 'off', siteEnabled: true, drafts: [current(finding('no-profanity', 'error'))] })).toEqual({ verdict: 'pass' });
    expect(decidePublish({ level: 'warning', siteEnabled: true, drafts: [current()] })).toEqual({ verdict: 'pass' });
  });

  it('fails open when Post Coach is off on the site or its settings are unknown', () => {
    const drafts = [current(finding('no-profanity', 'error'))];
    expect(decidePublish({ level: 'error', siteEnabled: false, drafts })).toEqual({ verdict: 'pass', cause: 'site-off' });
    expect(decidePublish({ level: null, siteEnabled: true, drafts })).toEqual({ verdict: 'pass', cause: 'settings-unknown' });
  });

  it('fails open, saying why, when the report is stale, failed or missing', () => {
    for (const state of ['stale', 'analysis-failed', 'no-report'] as const) {
      expect(decidePublish({ level: 'error', siteEnabled: true, drafts: [{ state }] })).toEqual({ verdict: 'pass', cause: state });
    }
  });

  it('in a thread, stops for the findings that are certain even when another post is stale', () => {
    const decision = decidePublish({ level: 'error', siteEnabled: true, drafts: [{ state: 'stale' }, current(finding('no-profanity', 'error'))] });
    expect(decision.verdict === 'stop' && decision.findings.map((list) => list.length)).toEqual([0, 1]);
    expect(decidePublish({ level: 'error', siteEnabled: true, drafts: [current(), { state: 'stale' }] })).toEqual({ verdict: 'pass', cause: 'stale' });
  });

  it('names each rule once for the audit log, and logs only the causes where the check was on', () => {
    expect(ruleIdsOf([[finding('no-profanity', 'error'), finding('no-profanity', 'error', 9)], [finding('no-secrets', 'error')]])).toEqual([
      'no-profanity',
      'no-secrets',
    ]);
    expect(['stale', 'analysis-failed', 'no-report', 'dialog-unavailable', 'site-off', 'settings-unknown', undefined].filter((cause) => auditable(cause as never))).toEqual([
      'stale',
      'analysis-failed',
      'no-report',
      'dialog-unavailable',
    ]);
  });
});
