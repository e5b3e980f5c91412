import { describe, expect, it } from 'vitest';
import { en } from '../../locales/en';
import { it as italian } from '../../locales/it';
import { resolveInterfaceLanguage, translator } from './translate';

describe('interface strings', () => {
  it('has every key in both languages, with the same placeholders and no empty string', () => {
    expect(Object.keys(italian).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(italian[key].trim(), key).not.toBe('');
      expect(placeholders(italian[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('translates with placeholders', () => {
    expect(translator('it')('category.length')).toBe('Lunghezza');
    expect(translator('en')('severity.error')).toBe('Error');
  });

  it('follows the browser only when asked to', () => {
    expect(resolveInterfaceLanguage('browser', 'it-IT')).toBe('it');
    expect(resolveInterfaceLanguage('browser', 'de-DE')).toBe('en');
    expect(resolveInterfaceLanguage('browser', undefined)).toBe('en');
    expect(resolveInterfaceLanguage('en', 'it-IT')).toBe('en');
  });
});
