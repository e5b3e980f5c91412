import { applyRole, type RoleId } from '@/lib/onboarding/roles';
import { ChoiceGroup } from '../ChoiceGroup';
import { AnalysisLanguageChoice, InterfaceLanguageChoice } from '../LanguageChoices';
import { SiteToggles } from '../SiteToggles';
import { withSiteEnabled } from '../SiteSwitch';
import { useInterfaceLanguage } from '../useInterfaceLanguage';
import { useSettings, type SettingsHandle } from '../useSettings';
import { LearningLinks } from './LearningLinks';

/** The page a new install opens (and the options reopen): language, role and sites, each saved as chosen. */
export function OnboardingApp() {
  const handle = useSettings();
  return handle && <Onboarding handle={handle} />;
}

function Onboarding({ handle }: { handle: SettingsHandle }) {
  const { settings, update } = handle;
  const { t } = useInterfaceLanguage(settings.interfaceLanguage, 'onboarding.title');
  return (
    <main className="learning onboarding-page" data-pc="onboarding">
      <header className="learning-header">
        <h1>{t('onboarding.title')}</h1>
        <p className="muted">{t('onboarding.intro')}</p>
      </header>

      <section className="privacy" aria-labelledby="onboarding-privacy" data-pc="privacy">
        <h2 id="onboarding-privacy">{t('onboarding.privacyTitle')}</h2>
        <p>{t('onboarding.privacy')}</p>
      </section>

      <section className="onboarding-step" aria-labelledby="onboarding-language">
        <h2 id="onboarding-language">{t('onboarding.stepLanguage')}</h2>
        <InterfaceLanguageChoice settings={settings} update={(change) => void update(change)} t={t} />
        <AnalysisLanguageChoice settings={settings} update={(change) => void update(change)} t={t} />
      </section>

      <section className="onboarding-step" aria-labelledby="onboarding-role">
        <h2 id="onboarding-role">{t('onboarding.stepRole')}</h2>
        {/* Until a role is chosen the defaults are the learner's: that is what the user has. */}
        <ChoiceGroup<RoleId>
          legend={t('onboarding.role')}
          name="role"
          value={settings.role ?? 'learner'}
          onChange={(role) => void update((current) => applyRole(current, role))}
          choices={[
            { value: 'professional', label: t('onboarding.roleProfessional'), hint: t('onboarding.roleProfessionalHint') },
            { value: 'brand', label: t('onboarding.roleBrand'), hint: t('onboarding.roleBrandHint') },
            { value: 'learner', label: t('onboarding.roleLearner'), hint: t('onboarding.roleLearnerHint') },
          ]}
        />
      </section>

      <section className="onboarding-step" aria-labelledby="onboarding-sites">
        <h2 id="onboarding-sites">{t('onboarding.stepSites')}</h2>
        <SiteToggles
          disabledSites={settings.disabledSites}
          onChange={(site, enabled) => void update((current) => ({ disabledSites: withSiteEnabled(current.disabledSites, site, enabled) }))}
          t={t}
        />
      </section>

      <section className="onboarding-step" aria-labelledby="onboarding-ready" data-pc="ready">
        <h2 id="onboarding-ready">{t('onboarding.ready')}</h2>
        <p>{t('onboarding.readyText')}</p>
        <LearningLinks current="/onboarding.html" t={t} />
      </section>
    </main>
  );
}
