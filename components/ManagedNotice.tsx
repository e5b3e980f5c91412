import type { Language } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import { formatPackError } from '@/lib/packs/messages';
import { reasonText } from '@/lib/settings/lock-reason';
import type { TeamState } from '@/lib/settings/team';
import { LockIcon } from './LockIcon';

/** Says that the organisation manages settings, why, and which parts of its policy were ignored. */
export function ManagedNotice({ team, language, t }: { team: TeamState | null; language: Language; t: Translate }) {
  if (!team) return null;
  const { policy, locks } = team;
  const managed = Object.values(locks).some((lock) => lock.source === 'managed') || policy.pack !== null;
  if (!managed && policy.problems.length === 0) return null;
  const reason = reasonText(policy.reason, language);
  return (
    <aside className="notice managed-notice" data-pc="managed-notice" role="note">
      {managed && (
        <p>
          <LockIcon />{' '}
          {t('managed.notice')}
          {reason && ` ${t('managed.reason', { reason })}`}
        </p>
      )}
      {policy.problems.length > 0 && (
        <>
          <p className="problem">{t('managed.problems')}</p>
          <ul data-pc="policy-problems">
            {policy.problems.map((problem, index) => (
              <li key={index}>{formatPackError(problem, language)}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
