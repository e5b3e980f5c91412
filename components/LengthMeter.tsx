import type { Stats } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';

/** "characters / limit" as the platform counts them, with a bar that turns red past the limit. */
export function LengthMeter({ stats, t }: { stats: Stats; t: Translate }) {
  const { characters, limit } = stats;
  const over = limit !== null && characters > limit;
  return (
    <div className="length" data-pc="length" data-over={over}>
      <span>{limit === null ? t('popup.lengthNoLimit', { count: characters }) : t('popup.length', { count: characters, limit })}</span>
      {limit !== null && (
        <span className="length-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, (characters / limit) * 100)}%` }} />
        </span>
      )}
    </div>
  );
}
