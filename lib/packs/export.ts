import { teamTermTexts } from './messages';
import { teamTermRules } from './team-terms';
import { PACK_FORMAT_VERSION, RulePackSchema, type PackRule, type RulePack } from './schema';

export const CONFIDENTIAL_TERMS_RULE = 'team/confidential-terms';

/**
 * The team's rules as one pack to share: the imported pack (or a new one), with the team's
 * confidential, banned and preferred terms from the options as rules of their own.
 */
export function exportTeamPack({ imported, confidential, banned, preferred }: { imported: RulePack | null; confidential: readonly string[]; banned: readonly string[]; preferred: Readonly<Record<string, string>> }): RulePack {
  const terms = teamTermRules({ banned, preferred });
  const cleanConfidential = [...new Set(confidential.map((term) => term.trim()).filter(Boolean))];
  if (cleanConfidential.length) {
    const text = (key: 'confidentialName' | 'confidentialMessage') => ({ en: teamTermTexts.en[key], it: teamTermTexts.it[key] });
    terms.unshift({ id: CONFIDENTIAL_TERMS_RULE, type: 'existence', category: 'confidential', level: 'error', tokens: cleanConfidential, ignoreCase: true, wholeWord: true, name: text('confidentialName'), message: text('confidentialMessage') });
  }
  const ids = new Set(terms.map((rule) => rule.id));
  const rules: PackRule[] = [...(imported?.rules.filter((rule) => !ids.has(rule.id)) ?? []), ...terms];
  return RulePackSchema.parse({
    format: PACK_FORMAT_VERSION,
    name: imported?.name ?? 'my-team',
    version: imported?.version ?? '1.0.0',
    ...(imported?.description ? { description: imported.description } : {}),
    extends: imported?.extends ?? [],
    rules,
    ...(imported?.settings && Object.keys(imported.settings).length ? { settings: imported.settings } : {}),
  });
}
