import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from './schema';
import { loadSettings, resetSettings, updateSettings, watchSettings } from './store';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
  });

  it('saves a patch and reads it back', async () => {
    await updateSettings({ mode: 'pro', disabledSites: ['x'] });
    expect(await loadSettings()).toMatchObject({ mode: 'pro', disabledSites: ['x'], analysisLanguage: 'auto' });
  });

  it('falls back field by field when the stored value is corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: { mode: 'pro', rules: 'garbage', interfaceLanguage: 3 } });
    expect(await loadSettings()).toEqual({ ...defaultSettings, mode: 'pro' });
    await fakeBrowser.storage.local.set({ settings: 'not even an object' });
    expect(await loadSettings()).toEqual(defaultSettings);
  });

  it('reads settings saved before versioning as version 1', async () => {
    await fakeBrowser.storage.local.set({ settings: { mode: 'pro' } });
    expect((await loadSettings()).mode).toBe('pro');
  });

  it('resets and notifies watchers', async () => {
    const seen: string[] = [];
    const stop = watchSettings((settings) => seen.push(settings.mode));
    await updateSettings({ mode: 'pro' });
    await resetSettings();
    stop();
    expect(seen).toEqual(['pro', 'learner']);
    expect(await loadSettings()).toEqual(defaultSettings);
  });
});
