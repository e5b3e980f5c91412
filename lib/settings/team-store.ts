import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Language } from '../analysis/schema';
import { validatePack } from '../packs/parse';
import type { RulePack } from '../packs/schema';
import { parsePolicy, type ManagedPolicy } from './policy';

/** The rule pack the user imported in the options page (validated before it is stored, and again when read). */
export const rulePackItem = storage.defineItem<unknown>('local:rulePack', { fallback: null });

export async function loadImportedPack(): Promise<RulePack | null> {
  try {
    const parsed = validatePack(await rulePackItem.getValue());
    return parsed.ok ? parsed.pack : null;
  } catch {
    return null;
  }
}

export async function saveImportedPack(pack: RulePack | null): Promise<void> {
  await rulePackItem.setValue(pack);
}

/**
 * The organisation's policy from `storage.managed`. With no policy installed, browsers answer with
 * nothing or an error (Firefox: "Managed storage manifest not found"): both mean "nothing managed".
 */
export async function loadManagedPolicy(language: Language = 'en'): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    raw = undefined;
  }
  return parsePolicy(raw, language);
}

/** Calls `onChange` when the policy or the imported pack changes. */
export function watchTeamSources(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  const stopPack = rulePackItem.watch(onChange);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    stopPack();
  };
}
