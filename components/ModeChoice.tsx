import type { Translate } from '@/lib/i18n/translate';
import type { Settings } from '@/lib/settings/schema';
import { ChoiceGroup } from './ChoiceGroup';

/** Learner or pro coaching; the same control in the popup and on the options page. */
export function ModeChoice({ mode, onChange, t }: { mode: Settings['mode']; onChange(mode: Settings['mode']): void; t: Translate }) {
  return (
    <ChoiceGroup
      legend={t('options.mode')}
      name="mode"
      value={mode}
      onChange={onChange}
      choices={[
        { value: 'learner', label: t('options.modeLearner'), hint: t('options.modeLearnerHint') },
        { value: 'pro', label: t('options.modePro'), hint: t('options.modeProHint') },
      ]}
    />
  );
}
