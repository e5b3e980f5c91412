import { en, type MessageKey } from '../../locales/en';
import { it } from '../../locales/it';
import type { Language } from '../analysis/schema';

const catalogues = { en, it };

export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

/** A `t(key, data)` for one language; `{name}` placeholders are filled from `data`. */
export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, data) =>
    catalogue[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (data && name in data ? String(data[name]) : placeholder));
}

/** The interface language: the user's choice, or the browser's when it is Italian, else English. */
export function resolveInterfaceLanguage(choice: 'browser' | Language, browserLanguage: string | undefined): Language {
  if (choice !== 'browser') return choice;
  return browserLanguage?.toLowerCase().startsWith('it') ? 'it' : 'en';
}
