import { useEffect, useState } from 'react';
import type { PlatformId } from '@/lib/analysis/schema';
import type { TabReport } from '@/lib/messaging/protocol';
import type { SiteId } from '@/lib/sites/define-site';
import { siteForUrl } from '@/lib/sites/registry';
import { CheckAnyText } from './CheckAnyText';
import { CoachThisPage } from './CoachThisPage';
import { ModeChoice } from './ModeChoice';
import type { SendRequest } from './send-to-background';
import { withSiteEnabled } from './SiteSwitch';
import { TabDraft } from './TabDraft';
import { useInterfaceLanguage } from './useInterfaceLanguage';
import { useSettings, type SettingsHandle } from './useSettings';
import { Locked } from './Locked';
import { useTeam } from './useTeam';
import { lockOf, resolveSettings } from '@/lib/settings/resolve';

/** What the popup needs from the browser, passed in so tests can give fakes. */
export interface PopupEnvironment {
  send: SendRequest;
  /** The tab the popup was opened over (its URL needs the `activeTab` permission). */
  activeTab(): Promise<{ id?: number; url?: string } | undefined>;
  openOptions(): Promise<void>;
}

interface ActiveTab {
  id: number | undefined;
  url: string | undefined;
  tabReport: TabReport | null;
}

async function loadActiveTab({ send, activeTab }: PopupEnvironment): Promise<ActiveTab> {
  const tab = await activeTab().catch(() => undefined);
  if (tab?.id === undefined) return { id: undefined, url: tab?.url, tabReport: null };
  const reply = await send({ type: 'get-tab-report', tabId: tab.id }).catch(() => null);
  return { id: tab.id, url: tab.url, tabReport: reply?.type === 'tab-report' ? reply.tabReport : null };
}

interface TabSite {
  id: SiteId;
  platform: PlatformId;
}

/** The site of the tab: the one its compose box reported from, else the one its address matches. */
function siteOfTab({ url, tabReport }: ActiveTab, mastodonInstances: readonly string[]): TabSite | undefined {
  if (tabReport?.site) return { id: tabReport.site, platform: tabReport.report.platform };
  if (!url) return undefined;
  const site = siteForUrl(url);
  if (site) return { id: site.id, platform: site.platform };
  // The Mastodon servers the user added are not in the manifest's match patterns.
  const host = URL.canParse(url) ? new URL(url).hostname : '';
  return mastodonInstances.includes(host) ? { id: 'mastodon', platform: 'mastodon' } : undefined;
}

/** The toolbar popup: the active tab's draft, the coaching mode and "check any text". */
export function PopupApp({ environment }: { environment: PopupEnvironment }) {
  const handle = useSettings();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  useEffect(() => {
    void loadActiveTab(environment).then(setTab);
  }, [environment]);
  // Rendering waits for both so the popup opens at its final size instead of jumping.
  if (!handle || !tab) return null;
  return <Popup handle={handle} tab={tab} environment={environment} />;
}

function Popup({ handle, tab, environment }: { handle: SettingsHandle; tab: ActiveTab; environment: PopupEnvironment }) {
  const { settings: stored, update } = handle;
  // What the organisation's policy or a rule pack sets is shown as it applies, locked.
  const { team } = useTeam(environment.send, undefined);
  const { settings, locks } = team ? resolveSettings({ user: stored, pack: team.imported, managed: team.policy }) : { settings: stored, locks: {} };
  const { language, t } = useInterfaceLanguage(settings.interfaceLanguage, 'popup.title');
  const site = siteOfTab(tab, settings.mastodonInstances);
  const setSiteEnabled = (siteId: SiteId, enabled: boolean) =>
    void update((current) => ({ disabledSites: withSiteEnabled(current.disabledSites, siteId, enabled) }));

  return (
    <main className="popup" data-pc="popup">
      <header className="popup-header">
        <h1>{t('popup.title')}</h1>
        <span>
          <a className="learn-more" href="/lessons.html" target="_blank" rel="noreferrer" data-pc="open-lessons">
            {t('learning.lessons')}
          </a>
          <a className="link-button" href="/progress.html" target="_blank" rel="noreferrer" data-pc="open-progress">
            {t('progress.open')}
          </a>
          <button type="button" className="link-button" data-pc="open-options" onClick={() => void environment.openOptions()}>
            {t('popup.openOptions')}
          </button>
        </span>
      </header>
      <Locked lock={lockOf(locks, 'disabledSites')} language={language} t={t}>
        <TabDraft site={site?.id} tabReport={tab.tabReport} settings={settings} onSiteEnabledChange={setSiteEnabled} t={t} />
      </Locked>
      {!site && !tab.tabReport && tab.id !== undefined && <CoachThisPage tab={{ id: tab.id, url: tab.url }} send={environment.send} t={t} />}
      <Locked lock={lockOf(locks, 'mode')} language={language} t={t}>
        <ModeChoice mode={settings.mode} onChange={(mode) => void update({ mode })} t={t} />
      </Locked>
      <CheckAnyText send={environment.send} uiLanguage={language} mode={settings.mode} initialPlatform={site?.platform ?? 'generic'} t={t} />
    </main>
  );
}
