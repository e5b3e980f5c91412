import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, resetSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { errorMessage } from './error-message';

/** The outcome of the latest save, for the "Saved" status; `at` tells two saves in a row apart. */
export type SaveOutcome = { ok: true; at: number } | { ok: false; at: number; reason: string };

/** A patch, or a function computing it from the settings as stored right now. */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

export interface SettingsHandle {
  settings: Settings;
  update(change: SettingsChange): Promise<void>;
  reset(): Promise<void>;
  lastSave: SaveOutcome | null;
}

/**
 * The stored settings, or null while they load. They follow changes made elsewhere too (the other
 * page, or "turn off this rule" in the overlay), so the popup and the options never show stale values.
 */
export function useSettings(): SettingsHandle | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [lastSave, setLastSave] = useState<SaveOutcome | null>(null);

  useEffect(() => {
    let active = true;
    void loadSettings().then((loaded) => active && setSettings(loaded));
    const stop = watchSettings((changed) => active && setSettings(changed));
    return () => {
      active = false;
      stop();
    };
  }, []);

  const save = useCallback(async (write: () => Promise<Settings>) => {
    try {
      setSettings(await write());
      setLastSave({ ok: true, at: Date.now() });
    } catch (error) {
      setLastSave({ ok: false, at: Date.now(), reason: errorMessage(error) });
    }
  }, []);
  // A function change reads the stored settings, not this render's copy, so it cannot undo a change
  // saved meanwhile from elsewhere (the overlay's "turn off this rule", the other page).
  const update = useCallback(
    (change: SettingsChange) => save(async () => updateSettings(typeof change === 'function' ? change(await loadSettings()) : change)),
    [save],
  );
  const reset = useCallback(() => save(resetSettings), [save]);

  return settings && { settings, update, reset, lastSave };
}
