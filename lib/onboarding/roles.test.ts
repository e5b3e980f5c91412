import { describe, expect, it } from 'vitest';
import { ruleIds } from '../analysis/ids';
import { rules } from '../analysis/registry';
import { defaultSettings, parseSettings } from '../settings/schema';
import { applyRole, roleIds, rolePresets } from './roles';

describe('roles', () => {
  it('set the coaching mode: compact for professionals and brand staff, explained for learners', () => {
    expect(applyRole(defaultSettings, 'professional')).toMatchObject({ role: 'professional', mode: 'pro' });
    expect(applyRole(defaultSettings, 'brand')).toMatchObject({ role: 'brand', mode: 'pro' });
    expect(applyRole(defaultSettings, 'learner')).toEqual({ role: 'learner', mode: 'learner', rules: {} });
  });

  it('name only real rules, each at a level other than its default', () => {
    for (const role of roleIds) {
      for (const [ruleId, level] of Object.entries(rolePresets[role].levels)) {
        expect(ruleIds, role).toContain(ruleId);
        expect(level, `${role} ${ruleId}`).not.toBe(rules.find((rule) => rule.id === ruleId)!.defaultSeverity);
      }
    }
  });

  it('quiet the style tips for professionals and raise what could embarrass a brand to errors', () => {
    expect(applyRole(defaultSettings, 'professional').rules).toMatchObject({ 'min-readability': { level: 'off' }, 'require-takeaway': { level: 'off' } });
    expect(applyRole(defaultSettings, 'brand').rules).toMatchObject({ 'require-ad-disclosure': { level: 'error' }, 'no-internal-links': { level: 'error' } });
  });

  it('switching role undoes the previous role\'s levels, and keeps the team\'s terms and other choices', () => {
    const terms = { 'no-confidential-terms': { options: { terms: ['Falcon'] } } };
    const brand = applyRole({ rules: { ...terms, 'no-shouting': { level: 'off' }, 'no-internal-links': { level: 'info', options: { extra: 1 } } } }, 'brand');
    expect(brand.rules['no-internal-links']).toEqual({ level: 'error', options: { extra: 1 } });
    const learner = applyRole(brand, 'learner');
    expect(learner.rules).toEqual({ ...terms, 'no-shouting': { level: 'off' }, 'no-internal-links': { options: { extra: 1 } } });
  });

  it('is stored with the settings, and a corrupt role is dropped without touching the rest', () => {
    expect(parseSettings({ ...defaultSettings, ...applyRole(defaultSettings, 'brand') }).role).toBe('brand');
    expect(parseSettings({ role: 'admin', mode: 'pro' })).toMatchObject({ role: undefined, mode: 'pro' });
    expect(defaultSettings.role).toBeUndefined();
  });
});
