/**
 * Ids of rules that come from rule packs: namespaced as `<namespace>/<name>` (`acme/codenames`), so
 * they never collide with a built-in rule's id. Plain constants, so settings can accept them without
 * loading the pack machinery.
 */
export const PACK_RULE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}\/[a-z0-9][a-z0-9-]{0,59}$/;

export function isPackRuleId(id: string): boolean {
  return PACK_RULE_ID_PATTERN.test(id);
}

/** The built-in packs a pack can `extend`, by name. */
export const builtinPackNames = ['disclosure-us-ftc', 'disclosure-it-agcom', 'inclusive-language-en', 'inclusive-language-it'] as const;
export type BuiltinPackName = (typeof builtinPackNames)[number];
