import type { Finding } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import type { Settings } from '@/lib/settings/schema';

interface FindingCardProps {
  finding: Finding;
  mode: Settings['mode'];
  /** Where room is short (the popup's summary of the page) learner mode gives the fix without the why. */
  showWhy?: boolean;
  t: Translate;
}

/** One finding: its severity and message; learner mode adds why it matters and how to fix it. */
export function FindingCard({ finding, mode, showWhy = true, t }: FindingCardProps) {
  return (
    <li className="finding" data-pc="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <p className="finding-message">
        <span className="status-label" data-status={finding.severity}>
          {t(`severity.${finding.severity}`)}
        </span>{' '}
        {finding.message}
      </p>
      {mode === 'learner' && showWhy && (
        <p className="finding-why" data-pc="finding-why">
          <strong>{t('overlay.why')}</strong> {finding.why}
        </p>
      )}
      {mode === 'learner' && (
        <p className="finding-fix" data-pc="finding-fix">
          <strong>{t('overlay.fix')}</strong> {finding.fix}
        </p>
      )}
      {/* The extension's own pages (popup, practice) link straight to the lesson; the overlay asks the background. */}
      <a className="learn-more" href={`/lessons.html#${finding.ruleId}`} target="_blank" rel="noreferrer" data-pc="learn-more" aria-label={t('overlay.learnMoreLabel', { rule: finding.ruleId })}>
        {t('overlay.learnMore')}
      </a>
    </li>
  );
}
