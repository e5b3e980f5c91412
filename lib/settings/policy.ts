import type { Language } from '../analysis/schema';
import { formatPath, parsePackText, validatePack, type PackError } from '../packs/parse';
import type { RulePack } from '../packs/schema';
import { packText } from '../packs/messages';
import { LockReasonSchema, type LockReason } from './lock-reason';
import { readSettingsPatch } from './patch';

export { reasonText, type LockReason } from './lock-reason';
import type { Settings } from './schema';


/**
 * What an administrator pushes through browser policy into `storage.managed` (Chrome and Edge:
 * extension policy, or the registry under `3rdparty\extensions\<id>\policy`; Firefox: `policies.json`
 * → `3rdparty` → `Extensions` → the extension's id). `public/managed-schema.json` declares it.
 */
export interface ManagedPolicy {
  /** Settings enforced for every user, each locked in the options page. */
  settings: Partial<Settings>;
  /** A rule pack every user gets, as JSON or YAML text (or an object where the browser allows). */
  pack: RulePack | null;
  reason: LockReason | null;
  /** What was ignored, with its path: the rest of the policy still applies. */
  problems: PackError[];
}

export const emptyPolicy: ManagedPolicy = { settings: {}, pack: null, reason: null, problems: [] };

/** Reads whatever `storage.managed` holds; anything invalid is left out and reported, never applied half. */
export function parsePolicy(raw: unknown, language: Language = 'en'): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return emptyPolicy;
  const { settings: rawSettings, rulePack, lockReason } = raw as Record<string, unknown>;
  const t = packText(language);
  const problems: PackError[] = [];
  const { patch, problems: settingProblems } = readSettingsPatch(rawSettings);
  for (const { key, problem } of settingProblems) problems.push({ path: formatPath(['settings', key]), message: t(`error.${problem}`) });
  let pack: RulePack | null = null;
  if (rulePack !== undefined && rulePack !== '') {
    const parsed = typeof rulePack === 'string' ? parsePackText(rulePack, language) : validatePack(rulePack, language);
    if (parsed.ok) pack = parsed.pack;
    else problems.push(...parsed.errors.map((error) => ({ ...error, path: formatPath(['rulePack']) + (error.path ? `.${error.path}` : '') })));
  }
  const reason = LockReasonSchema.safeParse(lockReason);
  return { settings: patch, pack, reason: reason.success ? reason.data : null, problems };
}
