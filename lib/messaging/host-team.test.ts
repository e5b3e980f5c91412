import { describe, expect, it } from 'vitest';
import type { RulePack } from '../packs/schema';
import { parsePolicy } from '../settings/policy';
import { defaultSettings, parseSettings, type Settings } from '../settings/schema';
import { createAnalysisHost } from './host';

const pack = {
  name: 'acme',
  version: '1.0.0',
  rules: [{ id: 'acme/codenames', type: 'existence', category: 'confidential', level: 'error', tokens: ['Falcon'], message: { en: '"{match}" is a codename.', it: '"{match}" è un nome in codice.' } }],
};

/** A host over fake storage: the user's settings, the imported pack, and a fake `storage.managed`. */
function host({ managed }: { managed?: unknown } = {}) {
  let settings: Settings = defaultSettings;
  let imported: RulePack | null = null;
  const h = createAnalysisHost({
    loadSettings: async () => settings,
    updateSettings: async (patch) => (settings = parseSettings({ ...settings, ...patch })),
    openOptions: async () => undefined,
    openLesson: async () => undefined,
    coachTab: async () => undefined,
    appendAuditEntry: async () => undefined,
    progress: { record: async () => undefined, clear: async () => undefined },
    team: {
      load: async (user) => ({ user, imported, policy: parsePolicy(managed) }),
      saveImportedPack: async (next) => void (imported = next),
    },
  });
  return Object.assign(h, { imported: () => imported, settings: () => settings });
}

const page = { extensionPage: true };
const analyze = async (h: ReturnType<typeof host>, text: string) => {
  const reply = await h.handle({ type: 'analyze', id: 1, text, platform: 'generic', language: 'en' }, { tabId: 1 });
  return reply.type === 'report' ? reply.report.findings.map((finding) => finding.ruleId) : [reply];
};

describe('analysis host with team rules', () => {
  it('imports a valid pack from the options page, and its rules flag drafts and are listed', async () => {
    const h = host();
    expect(await analyze(h, 'Project Falcon ships soon.')).not.toContain('acme/codenames');
    const reply = await h.handle({ type: 'import-pack', text: JSON.stringify(pack), uiLanguage: 'en' }, page);
    expect(reply.type).toBe('team');
    expect(await analyze(h, 'Project Falcon ships soon.')).toContain('acme/codenames');
    const rules = await h.handle({ type: 'get-rules', uiLanguage: 'it' }, page);
    expect(rules.type === 'rules' && rules.rules.find((rule) => rule.id === 'acme/codenames')).toMatchObject({ category: 'confidential', defaultSeverity: 'error' });
  });

  it('rejects an invalid pack whole, with each error path, and keeps the current pack', async () => {
    const h = host();
    await h.handle({ type: 'import-pack', text: JSON.stringify(pack), uiLanguage: 'en' }, page);
    const bad = { ...pack, version: 'one', rules: [{ ...pack.rules[0], level: 'fatal' }] };
    const reply = await h.handle({ type: 'import-pack', text: JSON.stringify(bad), uiLanguage: 'it' }, page);
    expect(reply.type === 'pack-errors' && reply.errors.map((error) => error.path)).toEqual(['version', 'rules[0].level']);
    expect(h.imported()?.version).toBe('1.0.0');
  });

  it('refuses pack changes and team state from content scripts', async () => {
    const h = host();
    for (const request of [{ type: 'import-pack', text: JSON.stringify(pack), uiLanguage: 'en' }, { type: 'remove-pack' }, { type: 'get-team' }]) {
      expect((await h.handle(request, { tabId: 1 })).type).toBe('error');
    }
    expect(h.imported()).toBeNull();
  });

  it('a managed pack flags drafts, and a user pack cannot replace its rules', async () => {
    const h = host({ managed: { rulePack: JSON.stringify(pack) } });
    expect(await analyze(h, 'Project Falcon ships soon.')).toContain('acme/codenames');
    await h.handle({ type: 'import-pack', text: JSON.stringify({ ...pack, name: 'mine', rules: [{ ...pack.rules[0], tokens: ['Orion'] }] }), uiLanguage: 'en' }, page);
    expect(await analyze(h, 'Project Falcon ships soon.')).toContain('acme/codenames');
  });

  it('refuses to change a locked rule level, and the managed level wins over the stored one', async () => {
    const h = host({ managed: { settings: { rules: { 'no-shouting': { level: 'error' } } }, lockReason: 'Acme IT' } });
    const refused = await h.handle({ type: 'set-rule-level', ruleId: 'no-shouting', level: 'off' }, page);
    expect(refused).toMatchObject({ type: 'error', message: expect.stringContaining('locked') });
    expect(h.settings().rules['no-shouting']).toBeUndefined();
    const allowed = await h.handle({ type: 'set-rule-level', ruleId: 'no-buzzwords', level: 'off' }, page);
    expect(allowed.type === 'settings' && allowed.settings.rules).toEqual({ 'no-shouting': { level: 'error' }, 'no-buzzwords': { level: 'off' } });
    const settings = await h.handle({ type: 'get-settings' }, { tabId: 1 });
    expect(settings.type === 'settings' && settings.settings.rules['no-shouting']).toEqual({ level: 'error' });
  });

  it('a pack rule can be turned off like a built-in one', async () => {
    const h = host({ managed: { rulePack: JSON.stringify(pack) } });
    await h.handle({ type: 'set-rule-level', ruleId: 'acme/codenames', level: 'off' }, page);
    expect(await analyze(h, 'Project Falcon ships soon.')).not.toContain('acme/codenames');
  });

  it("refuses a level for a pack rule no pack in force has, so the settings keep no junk key", async () => {
    const h = host();
    const before = h.settings().rules;
    for (const ruleId of ['acme/codenames', 'other/anything']) {
      const reply = await h.handle({ type: 'set-rule-level', ruleId, level: 'off' }, page);
      expect(reply, ruleId).toMatchObject({ type: 'error', message: expect.stringContaining('not a rule') });
    }
    expect(h.settings().rules).toEqual(before);
    await h.handle({ type: 'import-pack', text: JSON.stringify(pack), uiLanguage: 'en' }, page);
    expect(await h.handle({ type: 'set-rule-level', ruleId: 'acme/codenames', level: 'warning' }, page)).toMatchObject({ type: 'settings' });
    expect(h.settings().rules).toEqual({ 'acme/codenames': { level: 'warning' } });
  });
});
