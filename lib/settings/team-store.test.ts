import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnalysisHost } from '../messaging/host';
import { loadSettings, updateSettings } from './store';
import { loadImportedPack, loadManagedPolicy, rulePackItem, saveImportedPack, watchTeamSources } from './team-store';

const pack = {
  name: 'acme',
  version: '1.0.0',
  rules: [{ id: 'acme/codenames', type: 'existence', category: 'confidential', level: 'error', tokens: ['Falcon'], message: { en: 'Codename.', it: 'Nome in codice.' } }],
};

/** The background's wiring over the fake browser's storage, `storage.managed` included. */
function backgroundHost() {
  return createAnalysisHost({
    loadSettings,
    updateSettings,
    openOptions: async () => undefined,
    openLesson: async () => undefined,
    coachTab: async () => undefined,
    appendAuditEntry: async () => undefined,
    progress: { record: async () => undefined, clear: async () => undefined },
    team: {
      load: async (user, language) => ({ user, imported: await loadImportedPack(), policy: await loadManagedPolicy(language) }),
      saveImportedPack,
    },
  });
}

describe('team storage (fake managed storage)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the policy from storage.managed, and nothing managed when it is empty', async () => {
    expect(await loadManagedPolicy()).toEqual({ settings: {}, pack: null, reason: null, problems: [] });
    await fakeBrowser.storage.managed.set({ settings: { mode: 'pro' }, rulePack: JSON.stringify(pack), lockReason: 'IT' });
    const policy = await loadManagedPolicy();
    expect(policy.settings).toEqual({ mode: 'pro' });
    expect(policy.pack?.name).toBe('acme');
  });

  it('treats a browser that throws for storage.managed (Firefox with no policy) as nothing managed', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect((await loadManagedPolicy()).pack).toBeNull();
    spy.mockRestore();
  });

  it('drops a corrupt stored pack instead of failing', async () => {
    await rulePackItem.setValue({ name: 'Bad Name' });
    expect(await loadImportedPack()).toBeNull();
  });

  it('tells when the policy or the imported pack changes', async () => {
    const changed = vi.fn();
    const stop = watchTeamSources(changed);
    await fakeBrowser.storage.managed.set({ lockReason: 'IT' });
    await saveImportedPack(null);
    await saveImportedPack({ ...pack, format: 1, extends: [], rules: [] });
    stop();
    expect(changed.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('the background flags a managed pack term and enforces a managed setting over the stored one', async () => {
    await updateSettings({ mode: 'learner' });
    await fakeBrowser.storage.managed.set({ settings: { mode: 'pro', rules: { 'acme/codenames': { level: 'warning' } } }, rulePack: JSON.stringify(pack) });
    const host = backgroundHost();
    const report = await host.handle({ type: 'analyze', id: 1, text: 'Falcon is late.', platform: 'generic', language: 'en' }, { tabId: 1 });
    expect(report.type === 'report' && report.report.findings.find((finding) => finding.ruleId === 'acme/codenames')?.severity).toBe('warning');
    const settings = await host.handle({ type: 'get-settings' }, { tabId: 1 });
    expect(settings.type === 'settings' && settings.settings.mode).toBe('pro');
    expect((await loadSettings()).mode).toBe('learner');
    const team = await host.handle({ type: 'get-team', uiLanguage: 'it' }, { extensionPage: true });
    expect(team.type === 'team' && Object.keys(team.team.locks).sort()).toEqual(['mode', 'rules.acme/codenames']);
  });
});
