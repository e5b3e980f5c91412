import { useEffect, useState } from 'react';
import { auditLogToCsv, type AuditEntry } from '@/lib/audit/audit-log';
import { clearAuditLog, loadAuditLog, watchAuditLog } from '@/lib/audit/store';
import type { Language } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import type { Settings } from '@/lib/settings/schema';
import { ConfirmAction } from './ConfirmAction';
import { Locked, unlocked, type LockOf } from './Locked';
import { OptionsSection } from './OptionsSection';
import { platformName } from './platform-name';
import type { SettingsChange } from './useSettings';

/** The table shows the newest decisions; the export has them all. */
const SHOWN = 100;

interface AuditLogSectionProps {
  settings: Settings;
  update(change: SettingsChange): void;
  language: Language;
  t: Translate;
  /** Saves a file for the user (a download in the browser). */
  download?(name: string, text: string): void;
  /** Whether a policy or a pack holds a setting (nothing is held by default). */
  lock?: LockOf;
}

/** The audit log of the check before Publish: on or off, the latest decisions, export as CSV, clear. */
export function AuditLogSection({ settings, update, language, t, download = downloadFile, lock = unlocked(t) }: AuditLogSectionProps) {
  const log = useAuditLog();
  const newest = log ? log.slice(-SHOWN).reverse() : [];
  return (
    <OptionsSection title={t('options.audit')} name="audit" hint={t('options.auditHint')}>
      <Locked {...lock('auditLog')}>
        <label className="switch">
          <input type="checkbox" role="switch" data-pc="audit-enabled" checked={settings.auditLog} onChange={(event) => update({ auditLog: event.target.checked })} />
          <span className="switch-track" aria-hidden="true" />
          <span>{t('options.auditEnabled')}</span>
        </label>
      </Locked>
      {log && log.length === 0 && <p className="muted" data-pc="audit-empty">{t('options.auditEmpty')}</p>}
      {log && log.length > 0 && (
        <>
          <table className="audit-table" data-pc="audit-table">
            <caption>{t('options.auditShowing', { shown: newest.length, count: log.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options.auditTime')}</th>
                <th scope="col">{t('options.auditSite')}</th>
                <th scope="col">{t('options.auditLevel')}</th>
                <th scope="col">{t('options.auditRules')}</th>
                <th scope="col">{t('options.auditDecision')}</th>
                <th scope="col">{t('options.auditReason')}</th>
              </tr>
            </thead>
            <tbody>
              {newest.map((entry, index) => (
                <tr key={`${entry.at}-${index}`} data-pc="audit-entry" data-decision={entry.decision}>
                  <td>
                    <time dateTime={new Date(entry.at).toISOString()}>{new Date(entry.at).toLocaleString(language)}</time>
                  </td>
                  <td>{platformName(entry.site, t)}</td>
                  <td>{t(`severity.${entry.level}`)}</td>
                  <td>{entry.rules.join(', ')}</td>
                  <td>{decisionText(entry, t)}</td>
                  <td>{entry.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="audit-actions">
            <button type="button" data-pc="audit-export" onClick={() => download(`post-coach-audit-${new Date().toISOString().slice(0, 10)}.csv`, auditLogToCsv(log))}>
              {t('options.auditExport')}
            </button>
            <ConfirmAction
              name="audit-clear"
              label={t('options.auditClear')}
              question={t('options.auditClearQuestion')}
              confirm={t('options.auditClearConfirm')}
              cancel={t('options.resetCancel')}
              onConfirm={clearAuditLog}
            />
          </div>
        </>
      )}
    </OptionsSection>
  );
}

function decisionText(entry: AuditEntry, t: Translate): string {
  const decision = t(`audit.${entry.decision}`);
  return entry.cause ? `${decision}: ${t(`audit.cause.${entry.cause}`)}` : decision;
}

/** The stored audit log, following changes (a decision taken in another tab), or null while it loads. */
function useAuditLog(): AuditEntry[] | null {
  const [log, setLog] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    let active = true;
    void loadAuditLog().then((loaded) => active && setLog(loaded));
    const stop = watchAuditLog((changed) => active && setLog(changed));
    return () => {
      active = false;
      stop();
    };
  }, []);
  return log;
}

function downloadFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
