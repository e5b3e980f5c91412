import type { Translate } from '@/lib/i18n/translate';
import { LinesField } from './LinesField';

/** The team's confidential terms (codenames, client names), one per line, saved when the user pauses or leaves the box. */
export function ConfidentialTerms({ terms, onChange, t }: { terms: readonly string[]; onChange(terms: string[]): void; t: Translate }) {
  return <LinesField label={t('options.termsLabel')} hint={t('options.termsHint')} lines={terms} onChange={onChange} name="terms" inputName="terms-input" />;
}
