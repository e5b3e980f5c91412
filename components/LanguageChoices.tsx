import type { Translate } from '@/lib/i18n/translate';
import type { Settings } from '@/lib/settings/schema';
import { ChoiceGroup } from './ChoiceGroup';

interface LanguageChoiceProps {
  settings: Settings;
  update(change: Partial<Pick<Settings, 'interfaceLanguage' | 'analysisLanguage'>>): void;
  t: Translate;
}

/** The language of the interface: the browser's, English or Italian (options page and onboarding). */
export function InterfaceLanguageChoice({ settings, update, t }: LanguageChoiceProps) {
  return (
    <ChoiceGroup
      legend={t('options.interfaceLanguage')}
      name="interface-language"
      value={settings.interfaceLanguage}
      onChange={(interfaceLanguage) => update({ interfaceLanguage })}
      choices={[
        { value: 'browser', label: t('options.interfaceBrowser') },
        { value: 'en', label: t('options.languageEn') },
        { value: 'it', label: t('options.languageIt') },
      ]}
    />
  );
}

/** The language drafts are analysed in: detected, English or Italian (options page and onboarding). */
export function AnalysisLanguageChoice({ settings, update, t }: LanguageChoiceProps) {
  return (
    <ChoiceGroup
      legend={t('options.analysisLanguage')}
      name="analysis-language"
      value={settings.analysisLanguage}
      onChange={(analysisLanguage) => update({ analysisLanguage })}
      choices={[
        { value: 'auto', label: t('options.analysisAuto') },
        { value: 'en', label: t('options.languageEn') },
        { value: 'it', label: t('options.languageIt') },
      ]}
    />
  );
}
