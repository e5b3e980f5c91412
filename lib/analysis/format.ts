import { platformInSentence } from '../i18n/glossary';
import { platforms } from './platforms';
import type { FindingData, Language, PlatformId } from './schema';

const numberFormats: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en'),
  it: new Intl.NumberFormat('it'),
};

const platformIdByName = new Map<string, PlatformId>(Object.values(platforms).map((platform) => [platform.name, platform.id]));

/**
 * Rules report a platform by its name; a brand reads the same in every language, but the generic
 * platform is named in the message's language ("qualsiasi piattaforma", never "Generic").
 */
function platformText(value: string, language: Language): string {
  const id = platformIdByName.get(value);
  return id === undefined ? value : platformInSentence(id, value, language);
}

/**
 * Fills `{key}` placeholders from `data`; numbers are written the way the language writes them, and a
 * `{platform}` that opens a sentence starts with a capital.
 */
export function formatMessage(template: string, data: FindingData, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string, offset: number) => {
    const value = data[key];
    if (value === undefined) return placeholder;
    if (typeof value === 'number') return numberFormats[language].format(value);
    if (key !== 'platform') return value;
    const text = platformText(value, language);
    const before = template.slice(0, offset).trimEnd();
    return before === '' || /[.!?]$/.test(before) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  });
}
