import type { Translate } from '@/lib/i18n/translate';
import { siteIds, type SiteId } from '@/lib/sites/define-site';
import { SiteSwitch } from './SiteSwitch';

/** One switch per supported site; `disabledSites` lists the ones switched off. */
export function SiteToggles({ disabledSites, onChange, t }: { disabledSites: readonly SiteId[]; onChange(site: SiteId, enabled: boolean): void; t: Translate }) {
  return (
    <fieldset className="site-toggles" data-pc="sites">
      <legend>{t('options.sites')}</legend>
      <p className="hint">{t('options.sitesHint')}</p>
      <ul>
        {siteIds.map((site) => (
          <li key={site}>
            <SiteSwitch site={site} enabled={!disabledSites.includes(site)} onChange={(enabled) => onChange(site, enabled)} t={t} />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
