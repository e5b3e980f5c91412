import { useId } from 'react';
import { platformIds, type PlatformId } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import { platformName } from './platform-name';

/** Which platform's limits and counting apply to the text being checked. */
export function PlatformPicker({ value, onChange, t }: { value: PlatformId; onChange(platform: PlatformId): void; t: Translate }) {
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('popup.platform')}</label>
      <select id={id} data-pc="check-platform" value={value} onChange={(event) => onChange(event.target.value as PlatformId)}>
        {platformIds.map((platform) => (
          <option key={platform} value={platform}>
            {platformName(platform, t)}
          </option>
        ))}
      </select>
    </div>
  );
}
