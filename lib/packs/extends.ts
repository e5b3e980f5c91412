import { builtinPacks } from './builtin';
import type { BuiltinPackName } from './ids';
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
