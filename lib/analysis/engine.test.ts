import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from './define-rule';
import { createAnalyzer } from './engine';

const catalogue = (message: string) => ({
  name: 'Test rule',
  description: 'A rule used only by the engine tests.',
  messages: { found: { message, why: 'why {word}', fix: 'fix {word}' } },
});

function wordRule(calls: string[] = []) {
  return defineRule({
    id: 'test-word',
    category: 'reader-value',
    languages: ['en', 'it'],
    defaultSeverity: 'warning',
    scope: 'sentence',
    options: z.object({ word: z.string().default('banana') }),
    messageIds: ['found'],
    messages: { en: catalogue('Found {word} ({count} letters).'), it: catalogue('Trovato {word} ({count} lettere).') },
    examples: { flagged: ['banana'], ok: ['apple'] },
    check({ text, options, report }) {
      calls.push(text);
      const at = text.indexOf(options.word);
      if (at >= 0) report({ messageId: 'found', data: { word: options.word, count: options.word.length }, span: { start: at, end: at + options.word.length } });
    },
  });
}

const throwingRule = defineRule({
  ...wordRule(),
  id: 'test-throws',
  scope: 'document',
  check() {
    throw new Error('boom');
  },
});

describe('engine', () => {
  const text = 'I like fruit. A banana a day keeps me going.\nNothing here.';

  it('reports findings with absolute spans, formatted messages and category status', () => {
    const report = createAnalyzer(undefined, [wordRule()]).analyze(text, { language: 'en' });
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(text.slice(finding!.span.start, finding!.span.end)).toBe('banana');
    expect(finding).toMatchObject({ ruleId: 'test-word', category: 'reader-value', severity: 'warning', messageId: 'found', message: 'Found banana (6 letters).', why: 'why banana', fix: 'fix banana' });
    expect(report.categories).toEqual({ 'self-promotion': 'ok', inappropriate: 'ok', confidential: 'ok', length: 'ok', 'reader-value': 'warning' });
  });

  it('writes messages in the interface language, numbers included', () => {
    const report = createAnalyzer(undefined, [wordRule()]).analyze(text, { uiLanguage: 'it', language: 'en' });
    expect(report.findings[0]!.message).toBe('Trovato banana (6 lettere).');
  });

  it('applies the user level and options, and ignores settings that do not parse', () => {
    const rules = [wordRule()];
    expect(createAnalyzer({ rules: { 'test-word': { level: 'off' } } }, rules).analyze(text).findings).toEqual([]);
    expect(createAnalyzer({ rules: { 'test-word': { level: 'error' } } }, rules).analyze(text).findings[0]!.severity).toBe('error');
    expect(createAnalyzer({ rules: { 'test-word': { options: { word: 'fruit' } } } }, rules).analyze(text).findings[0]!.data.word).toBe('fruit');
    for (const corrupt of ['nonsense', 42, null, { rules: 'x' }, { rules: { 'test-word': { level: 'loud' } } }, { rules: { 'test-word': { options: { word: 7 } } } }]) {
      const findings = createAnalyzer(corrupt, rules).analyze(text).findings;
      expect(findings.map((f) => [f.severity, f.data.word]), JSON.stringify(corrupt)).toEqual([['warning', 'banana']]);
    }
  });

  it('lets one call override the settings', () => {
    const analyzer = createAnalyzer(undefined, [wordRule()]);
    expect(analyzer.analyze(text, { settings: { rules: { 'test-word': { level: 'off' } } } }).findings).toEqual([]);
    expect(analyzer.analyze(text, { settings: {} }).findings).toHaveLength(1);
  });

  it('applies settings given to one call to that call only', () => {
    const analyzer = createAnalyzer({ rules: { 'test-word': { level: 'error', options: { word: 'fruit' } } } }, [wordRule()]);
    expect(analyzer.analyze(text, { settings: { rules: { 'test-word': { level: 'off' } } } }).findings).toEqual([]);
    const [finding] = analyzer.analyze(text).findings;
    expect([finding!.severity, finding!.data.word]).toEqual(['error', 'fruit']);
    expect(analyzer.analyze(text, { settings: {} }).findings[0]!.data.word).toBe('banana');
    expect(analyzer.analyze(text).findings[0]!.data.word).toBe('fruit');
  });

  it('drops a supplementary finding when another rule already flags its category', () => {
    const second = { ...wordRule(), id: 'test-second-opinion', supplementary: true };
    const both = createAnalyzer(undefined, [wordRule(), second]).analyze(text).findings;
    expect(both.map((finding) => finding.ruleId)).toEqual(['test-word']);
    const alone = createAnalyzer({ rules: { 'test-word': { level: 'off' } } }, [wordRule(), second]).analyze(text).findings;
    expect(alone.map((finding) => finding.ruleId)).toEqual(['test-second-opinion']);
  });

  it('re-checks only the sentences an edit changed', () => {
    const calls: string[] = [];
    const analyzer = createAnalyzer(undefined, [wordRule(calls)]);
    analyzer.analyze(text, { language: 'en' });
    expect(calls).toHaveLength(3);
    calls.length = 0;
    const report = analyzer.analyze(text.replace('Nothing here.', 'Nothing here!'), { language: 'en' });
    expect(calls).toEqual(['Nothing here!']);
    expect(report.findings).toHaveLength(1);
  });

  it("keeps a sentence rule's findings once for every platform, unless the rule reads the platform", () => {
    const calls: string[] = [];
    const analyzer = createAnalyzer(undefined, [wordRule(calls)]);
    analyzer.analyze(text, { language: 'en', platform: 'x' });
    analyzer.analyze(text, { language: 'en', platform: 'linkedin' });
    expect(calls).toHaveLength(3);

    const platforms: string[] = [];
    const platformRule = defineRule({ ...wordRule(), check: ({ platform }) => void platforms.push(platform.id) });
    const aware = createAnalyzer(undefined, [platformRule]);
    aware.analyze(text, { language: 'en', platform: 'x' });
    aware.analyze(text, { language: 'en', platform: 'linkedin' });
    aware.analyze(text, { language: 'en', platform: 'x' });
    expect(platforms).toEqual(['x', 'x', 'x', 'linkedin', 'linkedin', 'linkedin']);
  });

  it('skips a rule that throws, unless asked to rethrow', () => {
    const rules: Rule[] = [wordRule(), throwingRule];
    expect(createAnalyzer(undefined, rules).analyze(text).findings.map((f) => f.ruleId)).toEqual(['test-word']);
    expect(() => createAnalyzer(undefined, rules, { throwRuleErrors: true }).analyze(text)).toThrow('boom');
  });

  it('skips rules that do not support the language', () => {
    const englishOnly = { ...wordRule(), languages: ['en'] as const };
    expect(createAnalyzer(undefined, [englishOnly]).analyze('Una banana al giorno.', { language: 'it' }).findings).toEqual([]);
  });

  it('measures the draft', () => {
    const { stats } = createAnalyzer(undefined, []).analyze('Ciao 👋🏽 a tutti.\nSecond line here.', { platform: 'bluesky' });
    expect(stats).toMatchObject({ graphemes: 33, characters: 33, limit: 300, words: 6, sentences: 2, foldAt: null });
  });
});
