import { createAnalyzer as createEngine, type AnalyzeContext, type Analyzer, type AnalyzerOptions } from './engine';
import type { Rule } from './define-rule';
import { rules } from './registry';
import type { Report } from './schema';

export type { AnalyzeContext, Analyzer } from './engine';
export type { Rule, RuleCatalogue, RuleExample } from './define-rule';
export { platforms, getPlatform, type Platform } from './platforms';
export { detectLanguage } from './language';
export { rules, findRule } from './registry';
export * from './schema';
export { AnalysisSettingsSchema, type AnalysisSettings, type RuleSetting } from './settings';

/**
 * An analyzer over every registered rule that reuses its work between calls (see engine.ts), plus
 * `extraRules` (a rule pack's, compiled) which run and report like the registered ones.
 */
export function createAnalyzer(settings?: unknown, options?: AnalyzerOptions & { extraRules?: readonly Rule[] }): Analyzer {
  return createEngine(settings, options?.extraRules?.length ? [...rules, ...options.extraRules] : rules, options);
}

/** One-off analysis of `text`; prefer `createAnalyzer()` when the same draft is analysed as it changes. */
export function analyze(text: string, context: AnalyzeContext = {}): Report {
  return createAnalyzer(context.settings).analyze(text, context);
}
