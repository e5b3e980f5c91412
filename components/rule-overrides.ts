import type { RuleInfo } from '@/lib/analysis/catalogue';
import type { RuleLevel } from '@/lib/analysis/schema';
import type { RuleSetting } from '@/lib/analysis/settings';
import type { Settings } from '@/lib/settings/schema';

/**
 * The user's per-rule settings, changed one piece at a time. A rule keeps an entry only while it holds
 * something the user chose, so every other rule follows its default, even when a later version changes it.
 */
export type RuleOverrides = Settings['rules'];

/** The rule that reads the team's confidential terms from its `terms` option (`string[]`). */
export const TERMS_RULE = 'no-confidential-terms';

function withSetting(overrides: RuleOverrides, ruleId: string, setting: RuleSetting): RuleOverrides {
  const { [ruleId]: _replaced, ...others } = overrides;
  return Object.keys(setting).length > 0 ? { ...others, [ruleId]: setting } : others;
}

/** Choosing the rule's default level removes the override; the rule's options stay. */
export function withRuleLevel(overrides: RuleOverrides, rule: RuleInfo, level: RuleLevel): RuleOverrides {
  const { level: _replaced, ...setting } = overrides[rule.id] ?? {};
  return withSetting(overrides, rule.id, level === rule.defaultSeverity ? setting : { ...setting, level });
}

export function termsOf(overrides: RuleOverrides): string[] {
  const terms = overrides[TERMS_RULE]?.options?.terms;
  return Array.isArray(terms) ? terms.filter((term): term is string => typeof term === 'string') : [];
}

/** No terms means no `terms` option; the rule's level and other options stay. */
export function withTerms(overrides: RuleOverrides, terms: readonly string[]): RuleOverrides {
  const { options: previous, ...setting } = overrides[TERMS_RULE] ?? {};
  const { terms: _replaced, ...otherOptions } = previous ?? {};
  const options = terms.length > 0 ? { ...otherOptions, terms: [...terms] } : otherOptions;
  return withSetting(overrides, TERMS_RULE, Object.keys(options).length > 0 ? { ...setting, options } : setting);
}
