import type { ReactNode } from 'react';
import type { Language } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import { reasonText } from '@/lib/settings/lock-reason';
import type { Lock } from '@/lib/settings/resolve';
import { LockIcon } from './LockIcon';

/** Who locked a setting and why, in a sentence. */
export function lockText(lock: Lock, language: Language, t: Translate): string {
  if (lock.source === 'pack') return t('managed.lockedByPack', { pack: lock.pack ?? '' });
  const reason = reasonText(lock.reason, language);
  return reason ? `${t('managed.lockedBy')}. ${t('managed.reason', { reason })}` : t('managed.lockedBy');
}

/** A setting's controls, disabled with a lock and the reason when a policy or a pack holds it. */
export function Locked({ lock, language, t, children }: { lock: Lock | undefined; language: Language; t: Translate; children: ReactNode }) {
  if (!lock) return children;
  return (
    <fieldset className="locked" disabled data-pc="locked" data-source={lock.source}>
      <p className="lock-note">
        <LockIcon />{' '}
        {lockText(lock, language, t)}
      </p>
      {children}
    </fieldset>
  );
}

/** The props of `Locked` for one setting (and, for rules, one rule id). */
export type LockOf = (key: string, entry?: string) => { lock: Lock | undefined; language: Language; t: Translate };

/** For a section shown with no policy and no pack: nothing is locked. */
export const unlocked =
  (t: Translate, language: Language = 'en'): LockOf =>
  () => ({ lock: undefined, language, t });
