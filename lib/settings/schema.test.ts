import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings } from './schema';

describe('settings schema', () => {
  it('gives the defaults for nothing or for garbage', () => {
    for (const value of [undefined, null, 'corrupt', 42, [], { analysisLanguage: 7 }]) {
      expect(parseSettings(value)).toEqual(defaultSettings);
    }
    expect(defaultSettings).toEqual({
      analysisLanguage: 'auto',
      interfaceLanguage: 'browser',
      mode: 'learner',
      disabledSites: [],
      rules: {},
      mastodonInstances: [],
      coachedSites: [],
      prePublishLevel: 'error',
      prePublishReason: false,
      auditLog: true,
      progressHistory: true,
      bannedTerms: [],
      preferredTerms: {},
    });
  });

  it("keeps a rule pack's namespaced rule ids and drops junk ids", () => {
    const settings = parseSettings({ rules: { 'acme/codenames': { level: 'off' }, 'Acme Codenames': { level: 'off' }, 'nope': { level: 'off' } } });
    expect(settings.rules).toEqual({ 'acme/codenames': { level: 'off' } });
  });

  it('keeps the good fields when one is corrupt', () => {
    const settings = parseSettings({ mode: 'pro', interfaceLanguage: 'klingon', disabledSites: ['x', 'myspace'], mastodonInstances: ['Fosstodon.org'] });
    expect(settings.mode).toBe('pro');
    expect(settings.interfaceLanguage).toBe('browser');
    expect(settings.disabledSites).toEqual([]);
    expect(settings.mastodonInstances).toEqual(['fosstodon.org']);
  });

  it('reads the check before Publish and the audit log, each falling back on its own', () => {
    expect(parseSettings({ prePublishLevel: 'warning', prePublishReason: true, auditLog: false })).toMatchObject({
      prePublishLevel: 'warning',
      prePublishReason: true,
      auditLog: false,
    });
    expect(parseSettings({ prePublishLevel: 'info', prePublishReason: 'yes', auditLog: 0 })).toMatchObject({
      prePublishLevel: 'error',
      prePublishReason: false,
      auditLog: true,
    });
  });

  it('keeps valid rule settings and drops a broken one alone', () => {
    const settings = parseSettings({ rules: { 'no-humblebrag': { level: 'off' }, 'max-length': { level: 'loud' } } });
    expect(settings.rules).toEqual({ 'no-humblebrag': { level: 'off' }, 'max-length': {} });
  });
});
