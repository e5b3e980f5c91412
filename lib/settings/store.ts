import { storage } from 'wxt/utils/storage';
import { defaultSettings, parseSettings, SETTINGS_VERSION, type Settings } from './schema';

/**
 * The settings live in one versioned storage item. Add `migrations: { 2: (v1) => v2 }` here when the
 * shape changes; WXT runs them in order the first time the item is read after an update.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
});

/** The stored settings, with anything corrupt replaced by its default. */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return defaultSettings;
  }
}

/** Merges `patch` into the stored settings and returns the result as saved. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await settingsItem.setValue(defaultSettings);
  return defaultSettings;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
