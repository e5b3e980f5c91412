import type { RulePack } from '../packs/schema';
import type { LockReason } from './lock-reason';
import type { ManagedPolicy } from './policy';
import { defaultSettings, parseSettings, type Settings } from './schema';

/** Who holds a setting the user cannot change: the organisation's policy, or the imported rule pack. */
export interface Lock {
  source: 'managed' | 'pack';
  /** The administrator's reason (managed), or the pack's name (pack). */
  reason?: LockReason;
  pack?: string;
}

/** Locked settings by path: a settings key (`analysisLanguage`), or one rule's entry (`rules.no-secrets`). */
export type Locks = Readonly<Record<string, Lock>>;

export interface ResolvedSettings {
  settings: Settings;
  locks: Locks;
}

/** Keys holding one entry per rule: a policy or a pack sets and locks rules one by one, not all of them. */
const perEntryKeys: ReadonlySet<string> = new Set(['rules']);

export function lockPath(key: string, entry?: string): string {
  return entry === undefined ? key : `${key}.${entry}`;
}

export function lockOf(locks: Locks, key: string, entry?: string): Lock | undefined {
  return locks[lockPath(key)] ?? (entry === undefined ? undefined : locks[lockPath(key, entry)]);
}

/**
 * The settings in force: managed policy > imported rule pack > the user's own > defaults, key by key
 * (and rule by rule). What the policy or the pack sets is locked, with who set it and why.
 */
export function resolveSettings({ user, pack, managed }: { user: Settings; pack: RulePack | null; managed: Pick<ManagedPolicy, 'settings' | 'pack' | 'reason'> }): ResolvedSettings {
  const merged: Record<string, unknown> = { ...defaultSettings, ...user };
  const locks: Record<string, Lock> = {};
  const layers: Array<{ patch: Partial<Settings> | undefined; lock: Lock }> = [
    { patch: pack?.settings as Partial<Settings> | undefined, lock: { source: 'pack', pack: pack?.name } },
    // A pack pushed by the policy is the policy's: its settings are managed too, below the policy's own.
    { patch: managed.pack?.settings as Partial<Settings> | undefined, lock: { source: 'managed', reason: managed.reason ?? undefined, pack: managed.pack?.name } },
    { patch: managed.settings, lock: { source: 'managed', reason: managed.reason ?? undefined } },
  ];
  for (const { patch, lock } of layers) {
    for (const [key, value] of Object.entries(patch ?? {})) {
      if (value === undefined) continue;
      if (perEntryKeys.has(key) && typeof value === 'object' && value !== null) {
        merged[key] = { ...(merged[key] as object), ...value };
        for (const entry of Object.keys(value)) locks[lockPath(key, entry)] = lock;
      } else {
        merged[key] = value;
        locks[lockPath(key)] = lock;
      }
    }
  }
  return { settings: parseSettings(merged), locks };
}
