import type { Translate } from '@/lib/i18n/translate';
import type { SiteId } from '@/lib/sites/define-site';
import { platformName } from './platform-name';

/** Coaching on one site, on or off: a checkbox announced as a switch. */
export function SiteSwitch({ site, enabled, onChange, t }: { site: SiteId; enabled: boolean; onChange(enabled: boolean): void; t: Translate }) {
  return (
    <label className="switch">
      <input type="checkbox" role="switch" data-pc="site-switch" data-site={site} checked={enabled} onChange={(event) => onChange(event.target.checked)} />
      <span className="switch-track" aria-hidden="true" />
      <span>{t('popup.siteSwitch', { site: platformName(site, t) })}</span>
    </label>
  );
}

/** The switched-off sites after switching `site` on or off. */
export function withSiteEnabled(disabledSites: readonly SiteId[], site: SiteId, enabled: boolean): SiteId[] {
  const others = disabledSites.filter((disabled) => disabled !== site);
  return enabled ? others : [...others, site];
}
