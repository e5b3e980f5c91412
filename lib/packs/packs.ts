import type { Rule } from '../analysis/define-rule';
import { builtinPacks } from './builtin';
import { compilePackRule } from './compile';
import type { BuiltinPackName } from './ids';
import { teamTermTexts } from './messages';
import { RulePackSchema, type PackRule, type RulePack } from './schema';

export function builtinPack(name: BuiltinPackName): RulePack {
  return RulePackSchema.parse(builtinPacks[name]);
}

/** A pack's rules with those of the built-in packs it extends; its own rule wins over an extended one with the same id. */
export function packRules(pack: RulePack): Array<{ rule: PackRule; pack: string }> {
  const own = pack.rules.map((rule) => ({ rule, pack: pack.name }));
  const ids = new Set(own.map(({ rule }) => rule.id));
  const extended = pack.extends.flatMap((name) => builtinPack(name).rules.map((rule) => ({ rule, pack: name })));
  return [...own, ...extended.filter(({ rule }) => !ids.has(rule.id) && (ids.add(rule.id), true))];
}

export interface TeamTerms {
  banned: readonly string[];
  /** Flagged form → preferred form. */
  preferred: Readonly<Record<string, string>>;
}

export const TEAM_BANNED_RULE = 'team/banned-terms';
export const TEAM_PREFERRED_RULE = 'team/preferred-terms';

/** The team's banned and preferred terms, from the options page, as two pack rules. */
export function teamTermRules(terms: TeamTerms): PackRule[] {
  const banned = [...new Set(terms.banned.map((term) => term.trim()).filter(Boolean))];
  const preferred = Object.entries(terms.preferred).filter(([from, to]) => from.trim() && to.trim());
  const localized = (key: keyof (typeof teamTermTexts)['en']) => ({ en: teamTermTexts.en[key], it: teamTermTexts.it[key] });
  const common = { ignoreCase: true, wholeWord: true } as const;
  const rules: PackRule[] = [];
  if (banned.length) {
    rules.push({ ...common, id: TEAM_BANNED_RULE, type: 'existence', category: 'inappropriate', level: 'warning', tokens: banned, name: localized('bannedName'), message: localized('bannedMessage'), why: localized('bannedWhy') });
  }
  if (preferred.length) {
    rules.push({ ...common, id: TEAM_PREFERRED_RULE, type: 'substitution', category: 'reader-value', level: 'info', swap: Object.fromEntries(preferred), name: localized('preferredName'), message: localized('preferredMessage'), why: localized('preferredWhy') });
  }
  return rules;
}

/**
 * Engine rules from the packs in force, first pack first: a rule id already taken by an earlier pack
 * (the managed one comes first) is skipped, so an imported pack cannot replace a managed rule.
 */
export function compilePacks(sources: ReadonlyArray<{ rules: ReadonlyArray<{ rule: PackRule; pack: string }> }>): Rule[] {
  const compiled: Rule[] = [];
  const ids = new Set<string>();
  for (const source of sources) {
    for (const { rule, pack } of source.rules) {
      if (ids.has(rule.id)) continue;
      ids.add(rule.id);
      compiled.push(compilePackRule(rule, pack));
    }
  }
  return compiled;
}
