import * as z from 'zod';
import { ruleIds } from '../analysis/ids';
import { RuleSettingSchema } from '../analysis/settings';
import { roleIds } from '../onboarding/roles';
import { isPackRuleId } from '../packs/ids';
import { siteIds } from '../sites/define-site';

export const AnalysisLanguageSchema = z.enum(['auto', 'en', 'it']);
export const InterfaceLanguageSchema = z.enum(['browser', 'en', 'it']);
/** Learner mode explains each finding with an example; pro mode keeps the panel compact. */
export const CoachingModeSchema = z.enum(['learner', 'pro']);

/** A host name the user added (a Mastodon server such as `fosstodon.org`, a site), without scheme or path. */
export const HostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'not a host name');

const knownRuleIds: ReadonlySet<string> = new Set(ruleIds);

/**
 * Per rule id, the user's choice. Keys that are neither a registered rule's id nor a rule pack's
 * namespaced id (`acme/codenames`) are dropped, so junk never reaches storage.
 */
export const RuleSettingsSchema = z.preprocess(
  (value) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter(([id]) => knownRuleIds.has(id) || isPackRuleId(id)))
      : value,
  z.record(z.string(), RuleSettingSchema.catch({})),
);

/** The last check before Publish stops a post with findings at this level or above, or never ('off'). */
export const PrePublishLevelSchema = z.enum(['error', 'warning', 'off']);
export type PrePublishLevel = z.infer<typeof PrePublishLevelSchema>;

export const SETTINGS_VERSION = 1;

/**
 * Every user setting. Each field falls back to its default on its own (`.catch`), so one corrupt
 * value never costs the others.
 */
export const SettingsSchema = z.object({
  analysisLanguage: AnalysisLanguageSchema.catch('auto'),
  interfaceLanguage: InterfaceLanguageSchema.catch('browser'),
  mode: CoachingModeSchema.catch('learner'),
  /** Sites switched off; every other site is on. */
  disabledSites: z.array(z.enum(siteIds)).catch([]),
  /** Per rule: level (off/info/warning/error) and options, as `lib/analysis/settings.ts` reads them. */
  rules: RuleSettingsSchema.catch({}),
  /** Mastodon servers besides mastodon.social, each granted by the user when added. */
  mastodonInstances: z.array(HostSchema).catch([]),
  /** Other sites coached on every visit with the generic reader, each granted by the user when added. */
  coachedSites: z.array(HostSchema).catch([]),
  // The last check before Publish and the audit of its decisions (README: "The check before Publish").
  prePublishLevel: PrePublishLevelSchema.catch('error'),
  /** "Publish anyway" asks for a short reason, kept only in the local audit log (meant to be set by a policy). */
  prePublishReason: z.boolean().catch(false),
  /** Keep the local audit log of the decisions taken at the check before Publish. */
  auditLog: z.boolean().catch(true),
  /** The role chosen in the onboarding (it set the mode and some rule levels); unset until then. */
  role: z.enum(roleIds).optional().catch(undefined),
  /** Keep the private progress history (counts per day, never text); off records nothing. */
  progressHistory: z.boolean().catch(true),
  /** Team rules (rule packs): the team's words not to use, and its preferred terms (flagged form → preferred form). */
  bannedTerms: z.array(z.string().trim().min(1).max(100)).max(1000).catch([]),
  preferredTerms: z.record(z.string().trim().min(1).max(100), z.string().trim().min(1).max(100)).catch({}),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});

/** Reads any stored value as settings: what does not parse falls back to the defaults, field by field. */
export function parseSettings(value: unknown): Settings {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  return SettingsSchema.parse(record);
}
