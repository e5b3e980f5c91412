import { teamTermTexts } from './messages';
import { TokenSchema, type PackRule } from './schema';

export interface TeamTerms {
  banned: readonly string[];
  /** Flagged form → preferred form. */
  preferred: Readonly<Record<string, string>>;
}

export const TEAM_BANNED_RULE = 'team/banned-terms';
export const TEAM_PREFERRED_RULE = 'team/preferred-terms';

/** A term as a pack would take it (at most two "*", not only "*"); anything else is left out. */
const validToken = (term: string) => TokenSchema.safeParse(term).success;

/** The team's banned and preferred terms, from the options page, as two pack rules. */
export function teamTermRules(terms: TeamTerms): PackRule[] {
  const banned = [...new Set(terms.banned.map((term) => term.trim()).filter(validToken))];
  const preferred = Object.entries(terms.preferred).filter(([from, to]) => validToken(from) && to.trim());
  const localized = (key: keyof (typeof teamTermTexts)['en']) => ({ en: teamTermTexts.en[key], it: teamTermTexts.it[key] });
  const common = { ignoreCase: true, wholeWord: true } as const;
  const rules: PackRule[] = [];
  if (banned.length) {
    rules.push({ ...common, id: TEAM_BANNED_RULE, type: 'existence', category: 'inappropriate', level: 'warning', tokens: banned, name: localized('bannedName'), message: localized('bannedMessage'), why: localized('bannedWhy') });
  }
  if (preferred.length) {
    rules.push({ ...common, id: TEAM_PREFERRED_RULE, type: 'substitution', category: 'reader-value', level: 'info', swap: Object.fromEntries(preferred), name: localized('preferredName'), message: localized('preferredMessage'), why: localized('preferredWhy') });
  }
  return rules;
}
