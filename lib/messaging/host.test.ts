import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, type Settings } from '../settings/schema';
import type { AuditEntry } from '../audit/audit-log';
import type { DraftEntry } from '../progress/schema';
import { createAnalysisHost } from './host';
import { MAX_DRAFT_LENGTH, ResponseSchema } from './protocol';

const overLimit = 'A thread about our launch. '.repeat(20);

function host(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...defaultSettings, ...initial };
  const opened: string[] = [];
  const coached: number[] = [];
  const audit: AuditEntry[] = [];
  const recorded: DraftEntry[] = [];
  const h = createAnalysisHost({
    appendAuditEntry: async (entry) => audit.push(entry),
    loadSettings: async () => settings,
    updateSettings: async (patch) => (settings = parseSettings({ ...settings, ...patch })),
    openOptions: async (ruleId) => void opened.push(ruleId ? `options#rule-${ruleId}` : 'options'),
    openLesson: async (ruleId) => void opened.push(`lessons#${ruleId}`),
    coachTab: async (tabId, url) => {
      if (url?.startsWith('chrome://')) throw new Error('Cannot access a chrome:// URL');
      coached.push(tabId);
    },
    progress: { record: async (entry) => void recorded.push(entry), clear: async () => void recorded.splice(0) },
  });
  return Object.assign(h, { opened, coached, audit, recorded });
}

describe('analysis host', () => {
  it('answers malformed messages with an error, never a crash', async () => {
    const h = host();
    for (const message of [undefined, null, 42, 'analyze', {}, { type: 'nope' }, { type: 'analyze', id: 1, text: 3, platform: 'x' }, { type: 'analyze', id: -1, text: '', platform: 'x' }, { type: 'analyze', id: 1, text: 'hi', platform: 'myspace' }]) {
      const reply = await h.handle(message, {});
      expect(reply.type, JSON.stringify(message)).toBe('error');
      expect(ResponseSchema.safeParse(reply).success).toBe(true);
    }
  });

  it('refuses a draft longer than any platform takes, with a clear message', async () => {
    const reply = await host().handle({ type: 'analyze', id: 1, text: 'a'.repeat(MAX_DRAFT_LENGTH + 1), platform: 'generic' }, {});
    expect(reply).toMatchObject({ type: 'error', message: expect.stringContaining('text') });
  });

  it('analyses a draft, echoing its id, with the user settings applied', async () => {
    const reply = await host().handle({ type: 'analyze', id: 7, text: overLimit, platform: 'x', uiLanguage: 'it' }, { tabId: 3 });
    expect(reply.type).toBe('report');
    if (reply.type !== 'report') return;
    expect(reply.id).toBe(7);
    expect(reply.report.findings.find((f) => f.ruleId === 'max-length')?.message).toMatch(/caratteri/);

    const silenced = await host({ rules: { 'max-length': { level: 'off' } } }).handle({ type: 'analyze', id: 8, text: overLimit, platform: 'x' }, {});
    expect(silenced.type === 'report' && silenced.report.findings.some((f) => f.ruleId === 'max-length')).toBe(false);
  });

  it('uses the analysis language from the settings unless the request forces one', async () => {
    const h = host({ analysisLanguage: 'it' });
    const reply = await h.handle({ type: 'analyze', id: 1, text: 'Three tips for better meetings.', platform: 'generic' }, {});
    expect(reply.type === 'report' && reply.report.language).toBe('it');
    const forced = await h.handle({ type: 'analyze', id: 2, text: 'Three tips for better meetings.', platform: 'generic', language: 'en' }, {});
    expect(forced.type === 'report' && forced.report.language).toBe('en');
  });

  it('keeps how the box was read: by the adapter by default, by the generic reader when it says so, also with no site', async () => {
    const h = host();
    await h.handle({ type: 'analyze', id: 1, text: 'Hello there.', platform: 'x', site: 'x' }, { tabId: 1 });
    await h.handle({ type: 'analyze', id: 1, text: 'Hello there.', platform: 'x', site: 'x', reader: 'generic' }, { tabId: 2 });
    await h.handle({ type: 'analyze', id: 1, text: 'Hello there.', platform: 'generic', reader: 'generic' }, { tabId: 3 });
    await h.handle({ type: 'analyze', id: 1, text: 'Hello there.', platform: 'generic' }, { tabId: 4 });
    const tabReport = async (tabId: number) => {
      const reply = await h.handle({ type: 'get-tab-report', tabId }, {});
      return reply.type === 'tab-report' && reply.tabReport && { site: reply.tabReport.site, reader: reply.tabReport.reader };
    };
    expect(await tabReport(1)).toEqual({ site: 'x', reader: 'adapter' });
    expect(await tabReport(2)).toEqual({ site: 'x', reader: 'generic' });
    expect(await tabReport(3)).toEqual({ site: null, reader: 'generic' });
    // A check from the popup is no tab's draft.
    expect(await tabReport(4)).toBeNull();
  });

  it("keeps each tab's latest report for the popup, and forgets it when the draft closes", async () => {
    const h = host();
    await h.handle({ type: 'analyze', id: 1, text: overLimit, platform: 'x', site: 'x' }, { tabId: 5 });
    const kept = await h.handle({ type: 'get-tab-report', tabId: 5 }, {});
    expect(kept.type === 'tab-report' && kept.tabReport?.site).toBe('x');
    expect(JSON.stringify(kept)).not.toContain('A thread about our launch');
    await h.handle({ type: 'draft-closed' }, { tabId: 5 });
    expect(await h.handle({ type: 'get-tab-report', tabId: 5 }, {})).toEqual({ type: 'tab-report', tabReport: null });
  });

  it('warms up and hands out the settings', async () => {
    const h = host({ mode: 'pro' });
    expect(await h.handle({ type: 'warm-up' }, {})).toEqual({ type: 'ok' });
    expect(await h.handle({ type: 'get-settings' }, {})).toMatchObject({ type: 'settings', settings: { mode: 'pro' } });
  });

  it('turns a rule off from the panel, keeping its options, and opens the options page', async () => {
    const h = host({ rules: { 'no-confidential-terms': { options: { terms: ['Falcon'] } } } });
    const reply = await h.handle({ type: 'set-rule-level', ruleId: 'no-confidential-terms', level: 'off' }, { extensionPage: true });
    expect(reply).toMatchObject({ type: 'settings', settings: { rules: { 'no-confidential-terms': { level: 'off', options: { terms: ['Falcon'] } } } } });
    expect(await h.handle({ type: 'open-options' }, {})).toEqual({ type: 'ok' });
    expect(h.opened).toEqual(['options']);
  });

  it('describes every rule in the interface language, with its examples', async () => {
    const reply = await host().handle({ type: 'get-rules', uiLanguage: 'it' }, {});
    expect(reply.type).toBe('rules');
    if (reply.type !== 'rules') return;
    const maxLength = reply.rules.find((rule) => rule.id === 'max-length');
    expect(maxLength).toMatchObject({ category: 'length', defaultSeverity: 'error', name: 'Oltre il limite della piattaforma' });
    expect(maxLength!.examples.flagged[0]).toMatchObject({ platform: 'x', language: 'en' });
  });

  it('starts the generic reader in a tab when asked, and explains why it could not', async () => {
    const h = host();
    const popup = { extensionPage: true };
    expect(await h.handle({ type: 'coach-tab', tabId: 7 }, { tabId: 3, frameId: 0 })).toMatchObject({ type: 'error' });
    expect(await h.handle({ type: 'coach-tab', tabId: 7, url: 'https://medium.com/new-story' }, popup)).toEqual({ type: 'ok' });
    expect(h.coached).toEqual([7]);
    expect(await h.handle({ type: 'coach-tab', tabId: 8, url: 'chrome://settings' }, popup)).toEqual({ type: 'error', message: 'Cannot access a chrome:// URL' });
    expect((await h.handle({ type: 'coach-tab', tabId: -1 }, popup)).type).toBe('error');
  });

  it("changes settings only for the extension's own pages, never for a content script", async () => {
    const h = host();
    for (const sender of [{}, { tabId: 4, frameId: 0 }, { tabId: 4, extensionPage: false }]) {
      const reply = await h.handle({ type: 'set-rule-level', ruleId: 'no-hard-sell', level: 'off' }, sender);
      expect(reply).toMatchObject({ type: 'error', message: expect.stringContaining("extension's own pages") });
    }
    expect(await h.handle({ type: 'get-settings' }, {})).toMatchObject({ settings: { rules: {} } });
    const fromOptions = await h.handle({ type: 'set-rule-level', ruleId: 'no-hard-sell', level: 'off' }, { extensionPage: true });
    expect(fromOptions).toMatchObject({ type: 'settings', settings: { rules: { 'no-hard-sell': { level: 'off' } } } });
  });

  it('accepts only registered rule ids, so junk keys never reach the settings', async () => {
    const h = host();
    for (const ruleId of ['no-such-rule', '__proto__', '', 'constructor']) {
      const reply = await h.handle({ type: 'set-rule-level', ruleId, level: 'off' }, { extensionPage: true });
      expect(reply.type, ruleId).toBe('error');
    }
    expect(await h.handle({ type: 'open-options', ruleId: 'nope' }, {})).toMatchObject({ type: 'error' });
    expect(parseSettings({ rules: { 'no-hard-sell': { level: 'off' }, junk: { level: 'off' } } }).rules).toEqual({ 'no-hard-sell': { level: 'off' } });
  });

  it('opens the options at a rule for "Turn off this rule" in the overlay', async () => {
    const h = host();
    expect(await h.handle({ type: 'open-options', ruleId: 'no-hard-sell' }, { tabId: 2 })).toEqual({ type: 'ok' });
    expect(h.opened).toEqual(['options#rule-no-hard-sell']);
  });

  it('logs a decision of the check before Publish with its own time, unless the settings turn the log off', async () => {
    const entry = { site: 'x', rules: ['no-profanity'], level: 'error', decision: 'published-anyway', reason: 'Approved by legal' };
    const h = host();
    const before = Date.now();
    expect(await h.handle({ type: 'log-decision', entry: { ...entry, at: 0 } }, { tabId: 1 })).toEqual({ type: 'ok' });
    expect(h.audit).toHaveLength(1);
    expect(h.audit[0]).toMatchObject(entry);
    expect(h.audit[0]!.at).toBeGreaterThanOrEqual(before);

    const off = host({ auditLog: false });
    expect(await off.handle({ type: 'log-decision', entry }, { tabId: 1 })).toEqual({ type: 'ok' });
    expect(off.audit).toEqual([]);
  });

  it('refuses a decision that could carry text: a rule id that is prose, a reason over 500 characters', async () => {
    const h = host();
    const entry = { site: 'x', rules: ['no-profanity'], level: 'error', decision: 'published-anyway' };
    expect((await h.handle({ type: 'log-decision', entry: { ...entry, rules: ['Buy now, this works'] } }, {})).type).toBe('error');
    expect((await h.handle({ type: 'log-decision', entry: { ...entry, reason: 'x'.repeat(501) } }, {})).type).toBe('error');
    expect(h.audit).toEqual([]);
  });

  it('opens the lesson of a rule for "Learn more" in the overlay, and only for a real rule', async () => {
    const h = host();
    expect(await h.handle({ type: 'open-lesson', ruleId: 'no-hard-sell' }, { tabId: 2 })).toEqual({ type: 'ok' });
    expect(await h.handle({ type: 'open-lesson', ruleId: 'javascript:alert(1)' }, { tabId: 2 })).toMatchObject({ type: 'error' });
    expect(h.opened).toEqual(['lessons#no-hard-sell']);
  });

  it('records a draft\'s counts from a content script, refuses anything that is not counts, and clears only for its own pages', async () => {
    const h = host();
    const entry = { draftId: 'abc123def', outcome: 'left', score: 92, worst: 'warning', rules: { 'no-hard-sell': 1 }, categories: { 'self-promotion': 1 } };
    expect(await h.handle({ type: 'record-draft', entry }, { tabId: 3, frameId: 0 })).toEqual({ type: 'ok' });
    for (const bad of [{ ...entry, text: 'Buy now' }, { ...entry, rules: { 'Buy now': 1 } }, { ...entry, draftId: 'Buy now, DM me' }, { ...entry, score: 140 }]) {
      expect((await h.handle({ type: 'record-draft', entry: bad }, { tabId: 3 })).type, JSON.stringify(bad)).toBe('error');
    }
    expect(h.recorded).toEqual([entry]);
    expect((await h.handle({ type: 'clear-progress' }, { tabId: 3 })).type).toBe('error');
    expect(h.recorded).toHaveLength(1);
    expect(await h.handle({ type: 'clear-progress' }, { extensionPage: true })).toEqual({ type: 'ok' });
    expect(h.recorded).toEqual([]);
  });
});
