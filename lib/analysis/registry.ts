import type { Rule } from './define-rule';
// self-promotion
import noHumblebrag from './rules/no-humblebrag';
// inappropriate
// confidential
// length
import maxLength from './rules/max-length';
// reader-value

/** Every rule, listed explicitly: the conventions test checks each against its file, tests and messages. */
export const rules: readonly Rule[] = [
  // self-promotion
  noHumblebrag,
  // inappropriate
  // confidential
  // length
  maxLength,
  // reader-value
];

export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
