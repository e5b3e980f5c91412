import type { Translate } from '@/lib/i18n/translate';
import type { Settings } from '@/lib/settings/schema';
import { LinesField } from './LinesField';

/** "flagged -> preferred" (also "→" or "="), one pair per line; lines without both sides are dropped. */
export function parsePreferred(lines: readonly string[]): Record<string, string> {
  const pairs = lines.flatMap((line) => {
    const separator = ['->', '→', '='].find((mark) => line.includes(mark));
    if (!separator) return [];
    const at = line.indexOf(separator);
    const from = line.slice(0, at).trim();
    const to = line.slice(at + separator.length).trim();
    return from && to ? [[from, to] as const] : [];
  });
  return Object.fromEntries(pairs);
}

export const preferredLines = (preferred: Settings['preferredTerms']): string[] => Object.entries(preferred).map(([from, to]) => `${from} -> ${to}`);

/** The team's banned words, which run as a rule beside the rule packs'. */
export function BannedTerms({ banned, onChange, t }: { banned: readonly string[]; onChange(bannedTerms: string[]): void; t: Translate }) {
  return <LinesField label={t('team.bannedLabel')} hint={t('team.bannedHint')} lines={banned} onChange={onChange} name="banned-terms" inputName="banned-terms-input" />;
}

/** The team's preferred terms ("flagged -> preferred"), which run as a rule showing the preferred form. */
export function PreferredTerms({ preferred, onChange, t }: { preferred: Settings['preferredTerms']; onChange(preferredTerms: Settings['preferredTerms']): void; t: Translate }) {
  return (
    <LinesField
      label={t('team.preferredLabel')}
      hint={t('team.preferredHint')}
      lines={preferredLines(preferred)}
      onChange={(lines) => onChange(parsePreferred(lines))}
      name="preferred-terms"
      inputName="preferred-terms-input"
    />
  );
}
