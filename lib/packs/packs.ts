import type { Rule } from '../analysis/define-rule';
import { compilePackRule } from './compile';
import type { PackRule } from './schema';

export { builtinPack, packRules } from './extends';
export { teamTermRules, TEAM_BANNED_RULE, TEAM_PREFERRED_RULE, type TeamTerms } from './team-terms';

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
