import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { categoryIds, languages } from '../lib/analysis/schema';
import { rules } from '../lib/analysis/registry';
import { runRule } from '../lib/analysis/testing';

const rulesDir = fileURLToPath(new URL('../lib/analysis/rules/', import.meta.url));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule conventions', () => {
  it('ids are unique kebab-case', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('the README documents every rule', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const rule of rules) expect(readme, rule.id).toContain(`\`${rule.id}\``);
  });

  it('every category has rules', () => {
    for (const category of categoryIds) {
      expect(rules.filter((rule) => rule.category === category).length, category).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('lives in a file named by its id, with a test file beside it', () => {
        expect(existsSync(`${rulesDir}${rule.id}.ts`)).toBe(true);
        expect(existsSync(`${rulesDir}${rule.id}.test.ts`)).toBe(true);
      });

      it('has its name, description and every message in English and Italian', () => {
        for (const language of languages) {
          const catalogue = rule.messages[language];
          expect(catalogue.name.length, language).toBeGreaterThan(2);
          expect(catalogue.description.length, language).toBeGreaterThan(20);
          expect(Object.keys(catalogue.messages).sort()).toEqual([...rule.messageIds].sort());
          for (const id of rule.messageIds) {
            const { message, why, fix } = catalogue.messages[id]!;
            for (const text of [message, why, fix]) expect(text.trim().length, `${language}.${id}`).toBeGreaterThan(5);
          }
        }
        // The same placeholders in both languages, so no translation drops a number.
        for (const id of rule.messageIds) {
          const en = rule.messages.en.messages[id]!;
          const it = rule.messages.it.messages[id]!;
          expect(placeholders(it.message + it.why + it.fix), id).toEqual(placeholders(en.message + en.why + en.fix));
        }
      });

      it('has default options that parse', () => {
        expect(() => rule.options.parse({})).not.toThrow();
      });

      it('flags its flagged examples and passes its ok examples', () => {
        expect(rule.examples.flagged.length).toBeGreaterThan(0);
        expect(rule.examples.ok.length).toBeGreaterThan(0);
        for (const example of rule.examples.flagged) {
          expect(runRule(rule, example).length, JSON.stringify(example)).toBeGreaterThan(0);
        }
        for (const example of rule.examples.ok) {
          expect(runRule(rule, example), JSON.stringify(example)).toEqual([]);
        }
      });
    });
  }
});
