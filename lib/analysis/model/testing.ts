import { describe, expect, it } from 'vitest';
import type { Rule } from '../define-rule';
import { createAnalyzer } from '../engine';

/**
 * The tests every learned rule shares. The rule runs alone: next to the other rules of its category it
 * is a second opinion and may stay silent.
 */
export function testLearnedRule(rule: Rule): void {
  const findingsOf = (text: string, language: 'en' | 'it', settings?: unknown) =>
    createAnalyzer(settings, [rule]).analyze(text, { language }).findings;

  describe(rule.id, () => {
    it('flags its examples, names the words that weighed most, and stays quiet on the counter-examples', () => {
      for (const example of rule.examples.flagged) {
        if (typeof example === 'string') continue;
        const [finding] = findingsOf(example.text, example.language!);
        expect(finding, example.text).toBeDefined();
        expect(finding!.data.words, example.text).toMatch(/^".+"/);
        expect(finding!.span.end).toBeGreaterThan(finding!.span.start);
      }
      for (const example of rule.examples.ok) {
        if (typeof example === 'string') continue;
        expect(findingsOf(example.text, example.language!), example.text).toEqual([]);
      }
    });

    it('is silent when turned off', () => {
      const example = rule.examples.flagged[0]!;
      if (typeof example === 'string') throw new Error('examples carry their language');
      expect(findingsOf(example.text, example.language!, { rules: { [rule.id]: { level: 'off' } } })).toEqual([]);
    });
  });
}
