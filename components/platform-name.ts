import { platforms } from '@/lib/analysis/platforms';
import type { PlatformId } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';

/** Platform and site names are brands, except "generic", which needs words in the interface language. */
export function platformName(id: PlatformId, t: Translate): string {
  return id === 'generic' ? t('popup.platformGeneric') : platforms[id].name;
}
