import type { FindingData, Language } from './schema';

const numberFormats: Record<Language, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en'),
  it: new Intl.NumberFormat('it'),
};

/** Fills `{key}` placeholders from `data`; numbers are written the way the language writes them. */
export function formatMessage(template: string, data: FindingData, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => {
    const value = data[key];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numberFormats[language].format(value) : value;
  });
}
