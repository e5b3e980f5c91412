import type { Translate } from '@/lib/i18n/translate';

/** The options' progress section: the history on or off, and the way to the progress page. */
export function ProgressSettings({ enabled, onChange, t }: { enabled: boolean; onChange(enabled: boolean): void; t: Translate }) {
  return (
    <>
      <label className="switch">
        <input type="checkbox" role="switch" data-pc="progress-history" checked={enabled} onChange={(event) => onChange(event.target.checked)} />
        <span className="switch-track" aria-hidden="true" />
        <span>{t('progress.setting')}</span>
      </label>
      <a href="/progress.html" target="_blank" rel="noreferrer" data-pc="open-progress">
        {t('progress.open')}
      </a>
    </>
  );
}
