import { useEffect, useState } from 'react';
import type { Language } from '@/lib/analysis/schema';
import { originOf } from '@/lib/settings/host-scripts';
import { AuditLogSection } from './AuditLogSection';
import { AnalysisLanguageChoice, InterfaceLanguageChoice } from './LanguageChoices';
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
import { Locked, lockText } from './Locked';
import { ManagedNotice } from './ManagedNotice';
import { RulePackSection } from './RulePackSection';
import { BannedTerms, PreferredTerms } from './TeamTerms';
import { useTeam } from './useTeam';
import { lockOf, resolveSettings } from '@/lib/settings/resolve';

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
  const { settings: stored, update, reset, lastSave } = handle;
  // What a policy or a pack sets wins over the stored value: show it, locked.
  const [teamLanguage, setTeamLanguage] = useState<Language>();
  const { team, setTeam } = useTeam(environment.send, teamLanguage);
  const { settings, locks } = team ? resolveSettings({ user: stored, pack: team.imported, managed: team.policy }) : { settings: stored, locks: {} };
  const { language, t } = useInterfaceLanguage(settings.interfaceLanguage, 'options.title');
  useEffect(() => setTeamLanguage(language), [language]);
  const rules = useRules(environment.send, language, team);
  const lock = (key: string, entry?: string) => ({ lock: lockOf(locks, key, entry), language, t });

  async function resetAll() {
    const granted = [...stored.mastodonInstances, ...stored.coachedSites];
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
      <ManagedNotice team={team} language={language} t={t} />

      <OptionsSection title={t('options.languages')} name="languages">
        <Locked {...lock('analysisLanguage')}>
          <AnalysisLanguageChoice settings={settings} update={(change) => void update(change)} t={t} />
        </Locked>
        <Locked {...lock('interfaceLanguage')}>
          <InterfaceLanguageChoice settings={settings} update={(change) => void update(change)} t={t} />
        </Locked>
      </OptionsSection>

      <OptionsSection title={t('options.coaching')} name="coaching">
        <Locked {...lock('mode')}>
          <ModeChoice mode={settings.mode} onChange={(mode) => void update({ mode })} t={t} />
        </Locked>
        <Locked {...lock('disabledSites')}>
        <SiteToggles
          disabledSites={settings.disabledSites}
          onChange={(site, enabled) => void update((current) => ({ disabledSites: withSiteEnabled(current.disabledSites, site, enabled) }))}
          t={t}
        />
        </Locked>
      </OptionsSection>

      <OptionsSection title={t('options.mastodon')} name="mastodon" hint={t('options.mastodonHint')}>
        <Locked {...lock('mastodonInstances')}>
        <HostPermissionList
          {...mastodonList}
          hosts={settings.mastodonInstances}
          permissions={environment.permissions}
          onAdd={(host) => update((current) => ({ mastodonInstances: [...current.mastodonInstances.filter((known) => known !== host), host] }))}
          onRemove={(host) => update((current) => ({ mastodonInstances: current.mastodonInstances.filter((known) => known !== host) }))}
          t={t}
        />
        </Locked>
      </OptionsSection>

      <OptionsSection title={t('options.coachedSites')} name="coached-sites" hint={t('options.coachedSitesHint')}>
        <Locked {...lock('coachedSites')}>
        <HostPermissionList
          {...coachedSitesList}
          hosts={settings.coachedSites}
          permissions={environment.permissions}
          onAdd={(host) => update((current) => ({ coachedSites: [...current.coachedSites.filter((known) => known !== host), host] }))}
          onRemove={(host) => update((current) => ({ coachedSites: current.coachedSites.filter((known) => known !== host) }))}
          t={t}
        />
        </Locked>
      </OptionsSection>

      <OptionsSection title={t('options.terms')} name="terms">
        <Locked {...lock('rules', 'no-confidential-terms')}>
          <ConfidentialTerms terms={termsOf(settings.rules)} onChange={(terms) => void update((current) => ({ rules: withTerms(current.rules, terms) }))} t={t} />
        </Locked>
        <Locked {...lock('bannedTerms')}>
          <BannedTerms banned={settings.bannedTerms} onChange={(bannedTerms) => void update({ bannedTerms })} t={t} />
        </Locked>
        <Locked {...lock('preferredTerms')}>
          <PreferredTerms preferred={settings.preferredTerms} onChange={(preferredTerms) => void update({ preferredTerms })} t={t} />
        </Locked>
      </OptionsSection>

      <OptionsSection title={t('team.title')} name="team" hint={t('team.hint')}>
        <RulePackSection team={team} onTeam={setTeam} send={environment.send} language={language} t={t} />
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
            lockedBecause={(ruleId) => {
              const held = lockOf(locks, 'rules', ruleId);
              return held && lockText(held, language, t);
            }}
          />
        )}
      </OptionsSection>

      <PrePublishSection settings={settings} update={(change) => void update(change)} t={t} lock={lock} />
      <AuditLogSection settings={settings} update={(change) => void update(change)} language={language} t={t} lock={lock} />
      <OptionsSection title={t('progress.section')} name="progress" hint={t('progress.settingHint')}>
        <Locked {...lock('progressHistory')}>
          <ProgressSettings enabled={settings.progressHistory} onChange={(progressHistory) => void update({ progressHistory })} t={t} />
        </Locked>
      </OptionsSection>

      <OptionsSection title={t('options.reset')} name="reset">
        <ResetSettings onReset={resetAll} t={t} />
      </OptionsSection>
    </main>
  );
}
