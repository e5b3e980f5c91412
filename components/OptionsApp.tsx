import { originOf } from '@/lib/settings/host-scripts';
import { AuditLogSection } from './AuditLogSection';
import { ChoiceGroup } from './ChoiceGroup';
import { ConfidentialTerms } from './ConfidentialTerms';
import { coachedSitesList, mastodonList } from './host-lists';
import { HostPermissionList, type HostPermissions } from './HostPermissionList';
import { LearningLinks } from './learning/LearningLinks';
import { ModeChoice } from './ModeChoice';
import { OptionsSection } from './OptionsSection';
import { PrePublishSection } from './PrePublishSection';
import { ProgressSettings } from './ProgressSettings';
import { ResetSettings } from './ResetSettings';
import { RuleSeverityTable } from './RuleSeverityTable';
import { termsOf, withRuleLevel, withTerms } from './rule-overrides';
import { SaveStatus } from './SaveStatus';
import type { SendRequest } from './send-to-background';
import { withSiteEnabled } from './SiteSwitch';
import { SiteToggles } from './SiteToggles';
import { useInterfaceLanguage } from './useInterfaceLanguage';
import { useRules } from './useRules';
import { useSettings, type SettingsHandle } from './useSettings';

/** What the options page needs from the browser, passed in so tests can give fakes. */
export interface OptionsEnvironment {
  send: SendRequest;
  permissions: HostPermissions;
}

/** The options page: languages, coaching, Mastodon servers, confidential terms, rule levels, the check before Publish and its audit log, reset. */
export function OptionsApp({ environment }: { environment: OptionsEnvironment }) {
  const handle = useSettings();
  return handle && <Options handle={handle} environment={environment} />;
}

function Options({ handle, environment }: { handle: SettingsHandle; environment: OptionsEnvironment }) {
  const { settings, update, reset, lastSave } = handle;
  const { language, t } = useInterfaceLanguage(settings.interfaceLanguage, 'options.title');
  const rules = useRules(environment.send, language);

  async function resetAll() {
    const granted = [...settings.mastodonInstances, ...settings.coachedSites];
    await reset();
    // The defaults have no Mastodon servers besides mastodon.social and no other sites: give their access back too.
    await Promise.all(granted.map((host) => environment.permissions.remove(originOf(host)).catch(() => false)));
  }

  return (
    <main className="options" data-pc="options">
      <header className="options-header">
        <div>
          <h1>{t('options.title')}</h1>
          <p className="muted">{t('options.intro')}</p>
          <LearningLinks current="/options.html" t={t} />
        </div>
        <SaveStatus lastSave={lastSave} t={t} />
      </header>

      <OptionsSection title={t('options.languages')} name="languages">
        <ChoiceGroup
          legend={t('options.analysisLanguage')}
          name="analysis-language"
          value={settings.analysisLanguage}
          onChange={(analysisLanguage) => void update({ analysisLanguage })}
          choices={[
            { value: 'auto', label: t('options.analysisAuto') },
            { value: 'en', label: t('options.languageEn') },
            { value: 'it', label: t('options.languageIt') },
          ]}
        />
        <ChoiceGroup
          legend={t('options.interfaceLanguage')}
          name="interface-language"
          value={settings.interfaceLanguage}
          onChange={(interfaceLanguage) => void update({ interfaceLanguage })}
          choices={[
            { value: 'browser', label: t('options.interfaceBrowser') },
            { value: 'en', label: t('options.languageEn') },
            { value: 'it', label: t('options.languageIt') },
          ]}
        />
      </OptionsSection>

      <OptionsSection title={t('options.coaching')} name="coaching">
        <ModeChoice mode={settings.mode} onChange={(mode) => void update({ mode })} t={t} />
        <SiteToggles
          disabledSites={settings.disabledSites}
          onChange={(site, enabled) => void update((current) => ({ disabledSites: withSiteEnabled(current.disabledSites, site, enabled) }))}
          t={t}
        />
      </OptionsSection>

      <OptionsSection title={t('options.mastodon')} name="mastodon" hint={t('options.mastodonHint')}>
        <HostPermissionList
          {...mastodonList}
          hosts={settings.mastodonInstances}
          permissions={environment.permissions}
          onAdd={(host) => update((current) => ({ mastodonInstances: [...current.mastodonInstances.filter((known) => known !== host), host] }))}
          onRemove={(host) => update((current) => ({ mastodonInstances: current.mastodonInstances.filter((known) => known !== host) }))}
          t={t}
        />
      </OptionsSection>

      <OptionsSection title={t('options.coachedSites')} name="coached-sites" hint={t('options.coachedSitesHint')}>
        <HostPermissionList
          {...coachedSitesList}
          hosts={settings.coachedSites}
          permissions={environment.permissions}
          onAdd={(host) => update((current) => ({ coachedSites: [...current.coachedSites.filter((known) => known !== host), host] }))}
          onRemove={(host) => update((current) => ({ coachedSites: current.coachedSites.filter((known) => known !== host) }))}
          t={t}
        />
      </OptionsSection>

      <OptionsSection title={t('options.terms')} name="terms">
        <ConfidentialTerms terms={termsOf(settings.rules)} onChange={(terms) => void update((current) => ({ rules: withTerms(current.rules, terms) }))} t={t} />
      </OptionsSection>

      <OptionsSection title={t('options.rules')} name="rules" hint={t('options.rulesHint')}>
        {rules.kind === 'loading' && <p className="muted">{t('options.rulesLoading')}</p>}
        {rules.kind === 'failed' && <p className="problem">{t('options.rulesFailed', { reason: rules.reason })}</p>}
        {rules.kind === 'loaded' && (
          <RuleSeverityTable
            rules={rules.rules}
            overrides={settings.rules}
            onLevelChange={(rule, level) => void update((current) => ({ rules: withRuleLevel(current.rules, rule, level) }))}
            t={t}
          />
        )}
      </OptionsSection>

      <PrePublishSection settings={settings} update={(change) => void update(change)} t={t} />
      <AuditLogSection settings={settings} update={(change) => void update(change)} language={language} t={t} />
      <OptionsSection title={t('progress.section')} name="progress" hint={t('progress.settingHint')}>
        <ProgressSettings enabled={settings.progressHistory} onChange={(progressHistory) => void update({ progressHistory })} t={t} />
      </OptionsSection>

      <OptionsSection title={t('options.reset')} name="reset">
        <ResetSettings onReset={resetAll} t={t} />
      </OptionsSection>
    </main>
  );
}
