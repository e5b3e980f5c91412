import { describe, expect, it } from 'vitest';
import { ruleIds } from './ids';
import { rules } from './registry';

describe('ruleIds', () => {
  it('lists exactly the registered rules, in the same order', () => {
    expect([...ruleIds]).toEqual(rules.map((rule) => rule.id));
  });
});
