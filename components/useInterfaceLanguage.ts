import { useEffect, useMemo } from 'react';
import type { MessageKey } from '@/locales/en';
import type { Language } from '@/lib/analysis/schema';
import { resolveInterfaceLanguage, translator, type Translate } from '@/lib/i18n/translate';
import type { Settings } from '@/lib/settings/schema';

/** The page's language and `t`, with `<html lang>` and the title kept in step for screen readers. */
export function useInterfaceLanguage(choice: Settings['interfaceLanguage'], titleKey: MessageKey): { language: Language; t: Translate } {
  const language = resolveInterfaceLanguage(choice, navigator.language);
  const t = useMemo(() => translator(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t(titleKey);
  }, [language, t, titleKey]);
  return { language, t };
}
