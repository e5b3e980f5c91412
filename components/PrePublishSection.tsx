import type { Translate } from '@/lib/i18n/translate';
import type { PrePublishLevel, Settings } from '@/lib/settings/schema';
import { ChoiceGroup } from './ChoiceGroup';
import { Locked, unlocked, type LockOf } from './Locked';
import { OptionsSection } from './OptionsSection';
import type { SettingsChange } from './useSettings';

/** The last check before Publish: the level that stops a post, and whether "Publish anyway" asks for a reason. */
export function PrePublishSection({ settings, update, t, lock = unlocked(t) }: { settings: Settings; update(change: SettingsChange): void; t: Translate; lock?: LockOf }) {
  return (
    <OptionsSection title={t('options.prePublish')} name="pre-publish" hint={t('options.prePublishHint')}>
      <Locked {...lock('prePublishLevel')}>
        <ChoiceGroup<PrePublishLevel>
          legend={t('options.prePublishLevel')}
          name="pre-publish-level"
          value={settings.prePublishLevel}
          onChange={(prePublishLevel) => update({ prePublishLevel })}
          choices={[
            { value: 'error', label: t('options.prePublishErrors') },
            { value: 'warning', label: t('options.prePublishWarnings') },
            { value: 'off', label: t('options.prePublishOff') },
          ]}
        />
      </Locked>
      <Locked {...lock('prePublishReason')}>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            data-pc="pre-publish-reason"
            checked={settings.prePublishReason}
            disabled={settings.prePublishLevel === 'off'}
            onChange={(event) => update({ prePublishReason: event.target.checked })}
          />
          <span className="switch-track" aria-hidden="true" />
          <span>{t('options.prePublishReason')}</span>
        </label>
      </Locked>
    </OptionsSection>
  );
}
