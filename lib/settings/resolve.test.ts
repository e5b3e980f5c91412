import { describe, expect, it } from 'vitest';
import { RulePackSchema } from '../packs/schema';
import { parsePolicy } from './policy';
import { lockOf, resolveSettings } from './resolve';
import { defaultSettings, parseSettings } from './schema';

const user = parseSettings({ mode: 'pro', analysisLanguage: 'it', interfaceLanguage: 'en', rules: { 'no-buzzwords': { level: 'off' }, 'no-shouting': { level: 'info' } } });
const pack = RulePackSchema.parse({ name: 'acme', version: '1.0.0', settings: { mode: 'learner', analysisLanguage: 'en', rules: { 'no-buzzwords': { level: 'error' } } } });
const noPolicy = { settings: {}, pack: null, reason: null };

describe('resolveSettings: managed > imported pack > user > defaults', () => {
  it('defaults fill what nobody set', () => {
    expect(resolveSettings({ user: defaultSettings, pack: null, managed: noPolicy })).toEqual({ settings: defaultSettings, locks: {} });
  });

  it('the user beats the defaults, the pack beats the user, rule by rule', () => {
    const { settings, locks } = resolveSettings({ user, pack, managed: noPolicy });
    expect(settings.mode).toBe('learner');
    expect(settings.analysisLanguage).toBe('en');
    expect(settings.interfaceLanguage).toBe('en');
    expect(settings.rules).toEqual({ 'no-buzzwords': { level: 'error' }, 'no-shouting': { level: 'info' } });
    expect(lockOf(locks, 'mode')).toEqual({ source: 'pack', pack: 'acme' });
    expect(lockOf(locks, 'rules', 'no-buzzwords')?.source).toBe('pack');
    expect(lockOf(locks, 'rules', 'no-shouting')).toBeUndefined();
    expect(lockOf(locks, 'interfaceLanguage')).toBeUndefined();
  });

  it('the managed policy beats the pack and the user, and its pack is managed too', () => {
    const managed = parsePolicy({
      settings: { analysisLanguage: 'auto', rules: { 'no-shouting': { level: 'error' } } },
      rulePack: JSON.stringify({ name: 'corp', version: '2.0.0', settings: { mode: 'pro' } }),
      lockReason: { en: 'Set by Acme IT', it: "Impostato dall'IT di Acme" },
    });
    const { settings, locks } = resolveSettings({ user, pack, managed });
    expect(settings.analysisLanguage).toBe('auto');
    expect(settings.mode).toBe('pro');
    expect(settings.rules['no-shouting']).toEqual({ level: 'error' });
    expect(settings.rules['no-buzzwords']).toEqual({ level: 'error' });
    expect(lockOf(locks, 'analysisLanguage')).toEqual({ source: 'managed', reason: { en: 'Set by Acme IT', it: "Impostato dall'IT di Acme" } });
    expect(lockOf(locks, 'mode')).toMatchObject({ source: 'managed', pack: 'corp' });
    expect(lockOf(locks, 'rules', 'no-shouting')?.source).toBe('managed');
  });

  it('any settings key can be managed, including ones the policy code does not name', () => {
    const managed = parsePolicy({ settings: { bannedTerms: ['Globex'], disabledSites: ['x'] } });
    const { settings, locks } = resolveSettings({ user, pack: null, managed });
    expect(settings.bannedTerms).toEqual(['Globex']);
    expect(settings.disabledSites).toEqual(['x']);
    expect(Object.keys(locks).sort()).toEqual(['bannedTerms', 'disabledSites']);
  });
});

describe('parsePolicy', () => {
  it('reports bad parts with their path and applies the rest', () => {
    const policy = parsePolicy({ settings: { mode: 'guru', analysisLanguage: 'en', colour: 1 }, rulePack: '{"name": "x"}', lockReason: 'Managed by IT' }, 'it');
    expect(policy.settings).toEqual({ analysisLanguage: 'en' });
    expect(policy.pack).toBeNull();
    expect(policy.reason).toBe('Managed by IT');
    expect(policy.problems.map((problem) => problem.path)).toEqual(['settings.mode', 'settings.colour', 'rulePack.version']);
    expect(policy.problems[0]?.message).toBe('non è un valore valido per questa impostazione');
  });
  it('refuses a rule setting with a bad level rather than locking the rule at its default', () => {
    const policy = parsePolicy({ settings: { rules: { 'no-shouting': { level: 'fatal' } } } });
    expect(policy.settings).toEqual({});
    expect(policy.problems.map((problem) => problem.path)).toEqual(['settings.rules']);
    expect(parsePolicy({ settings: { rules: { 'no-shouting': { level: 'off' }, 'acme/x': { level: 'info' } } } }).settings).toEqual({ rules: { 'no-shouting': { level: 'off' }, 'acme/x': { level: 'info' } } });
  });

  it('takes a pack as an object (Firefox) or as YAML text (Chrome, Edge)', () => {
    expect(parsePolicy({ rulePack: { name: 'corp', version: '1.0.0' } }).pack?.name).toBe('corp');
    expect(parsePolicy({ rulePack: 'name: corp\nversion: "1.0"\n' }).pack?.version).toBe('1.0');
  });
  it('nothing managed is an empty policy', () => {
    expect(parsePolicy(undefined)).toEqual({ settings: {}, pack: null, reason: null, problems: [] });
  });
});
