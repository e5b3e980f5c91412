import type { Translate } from '@/lib/i18n/translate';
import type { TabReport } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings/schema';
import type { SiteId } from '@/lib/sites/define-site';
import { platformName } from './platform-name';
import { ReportView } from './ReportView';
import { SiteSwitch } from './SiteSwitch';

interface TabDraftProps {
  /** The supported site the active tab shows, if any. */
  site: SiteId | undefined;
  tabReport: TabReport | null;
  settings: Settings;
  onSiteEnabledChange(site: SiteId, enabled: boolean): void;
  t: Translate;
}

/** The active tab's draft at a glance, with the switch for its site. */
export function TabDraft({ site, tabReport, settings, onSiteEnabledChange, t }: TabDraftProps) {
  const enabled = site !== undefined && !settings.disabledSites.includes(site);
  return (
    <section className="tab-draft" aria-label={t('popup.thisPage')} data-pc="tab-draft" data-site={site}>
      {site === undefined && tabReport ? (
        <TabReportView tabReport={tabReport} mode={settings.mode} t={t} />
      ) : site === undefined ? (
        <p className="muted" data-pc="unsupported">
          {t('popup.unsupported')}
        </p>
      ) : (
        <>
          <SiteSwitch site={site} enabled={enabled} onChange={(on) => onSiteEnabledChange(site, on)} t={t} />
          {!enabled ? (
            <p className="muted" data-pc="site-off">
              {t('popup.siteOff', { site: platformName(site, t) })}
            </p>
          ) : tabReport ? (
            <TabReportView tabReport={tabReport} mode={settings.mode} t={t} />
          ) : (
            <p className="muted" data-pc="no-draft">
              {t('popup.noDraft')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The tab's draft report, saying when the box was read by the generic reader rather than the site's adapter. */
function TabReportView({ tabReport, mode, t }: { tabReport: TabReport; mode: Settings['mode']; t: Translate }) {
  return (
    <>
      {tabReport.reader === 'generic' && (
        <p className="muted" data-pc="generic-reader">
          {t('popup.genericReader')}
        </p>
      )}
      <ReportView report={tabReport.report} mode={mode} t={t} summary />
    </>
  );
}
