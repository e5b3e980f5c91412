import type { Rule, RuleExample } from './define-rule';
import { detectLanguage } from './language';
import { rules } from './registry';
import type { CategoryId, Language, PlatformId, Severity } from './schema';

export interface ExampleInfo {
  text: string;
  language: Language;
  platform: PlatformId;
}

/** What the options page and the overlay show about a rule, in one interface language. */
export interface RuleInfo {
  id: string;
  category: CategoryId;
  defaultSeverity: Severity;
  languages: Language[];
  name: string;
  description: string;
  examples: { flagged: ExampleInfo[]; ok: ExampleInfo[] };
}

function exampleInfo(example: RuleExample): ExampleInfo {
  const draft = typeof example === 'string' ? { text: example } : example;
  return {
    text: draft.text,
    language: draft.language ?? detectLanguage(draft.text).language,
    platform: draft.platform ?? 'generic',
  };
}

/** Every rule's name (the registry's, then `extraRules`, e.g. those of rule packs), description and examples, from the rules themselves, so the docs cannot drift. */
export function describeRules(uiLanguage: Language, extraRules: readonly Rule[] = []): RuleInfo[] {
  return [...rules, ...extraRules].map((rule) => ({
    id: rule.id,
    category: rule.category,
    defaultSeverity: rule.defaultSeverity,
    languages: [...rule.languages],
    name: rule.messages[uiLanguage].name,
    description: rule.messages[uiLanguage].description,
    examples: { flagged: rule.examples.flagged.map(exampleInfo), ok: rule.examples.ok.map(exampleInfo) },
  }));
}
