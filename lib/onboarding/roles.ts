import type { RuleId } from '../analysis/ids';
import type { RuleLevel } from '../analysis/schema';
import type { Settings } from '../settings/schema';

/** Who the user is, as the onboarding asks it. */
export const roleIds = ['professional', 'brand', 'learner'] as const;
export type RoleId = (typeof roleIds)[number];

interface RolePreset {
  mode: Settings['mode'];
  /** Levels this role sets; every other rule a preset touches goes back to its default. */
  levels: Partial<Record<RuleId, RuleLevel>>;
}

/**
 * What each role sets, as data. Professionals want quick, quiet hints: compact panel, no tips about
 * style. Brand staff double-check before publishing: what could embarrass the company becomes an
 * error. Learners get every explanation, and every rule at its default.
 */
export const rolePresets: Readonly<Record<RoleId, RolePreset>> = {
  professional: {
    mode: 'pro',
    levels: { 'min-readability': 'off', 'require-takeaway': 'off', 'approaching-limit': 'off' },
  },
  brand: {
    mode: 'pro',
    levels: { 'no-internal-links': 'error', 'no-early-news': 'error', 'require-ad-disclosure': 'error', 'no-dismissive-reply': 'error' },
  },
  learner: { mode: 'learner', levels: {} },
};

/** Every rule some role sets a level for: choosing a role decides all of them. */
const presetRules: readonly RuleId[] = [...new Set(Object.values(rolePresets).flatMap((preset) => Object.keys(preset.levels) as RuleId[]))];

/**
 * The settings a role changes, from the settings as they are: its mode, and the levels of the rules
 * the presets touch (set, or back to the default). Other rules, the rules' options (the team's
 * confidential terms) and every other setting are left as they are.
 */
export function applyRole(settings: Pick<Settings, 'rules'>, role: RoleId): Pick<Settings, 'role' | 'mode' | 'rules'> {
  const preset = rolePresets[role];
  const rules = { ...settings.rules };
  for (const ruleId of presetRules) {
    const { level: _previous, ...rest } = rules[ruleId] ?? {};
    const level = preset.levels[ruleId];
    const setting = level ? { ...rest, level } : rest;
    if (Object.keys(setting).length > 0) rules[ruleId] = setting;
    else delete rules[ruleId];
  }
  return { role, mode: preset.mode, rules };
}
