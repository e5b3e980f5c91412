import { describe, expect, it } from 'vitest';
import { categoryIds, languages } from '../analysis/ids';
import { allTerms, categoryTerms, italianCalques, platformInSentence } from './glossary';

describe('glossary', () => {
  it('names every category in both languages', () => {
    expect(Object.keys(categoryTerms).sort()).toEqual([...categoryIds].sort());
  });

  it('never tells to avoid a form that a term of the glossary itself uses', () => {
    for (const language of languages) {
      const terms = allTerms.map((term) => term[language].toLowerCase());
      const avoided = [
        ...allTerms.flatMap((term) => term.avoid?.[language] ?? []),
        ...(language === 'it' ? italianCalques.map(({ avoid }) => avoid) : []),
      ].map((form) => form.toLowerCase());
      for (const term of terms) {
        expect(term.trim(), language).not.toBe('');
        for (const form of avoided) expect(term.includes(form), `"${term}" contains "${form}"`).toBe(false);
      }
    }
  });

  it('writes the generic platform in lower case inside a sentence and leaves brands alone', () => {
    expect(platformInSentence('generic', 'Generic', 'it')).toBe('qualsiasi piattaforma');
    expect(platformInSentence('generic', 'Generic', 'en')).toBe('any platform');
    expect(platformInSentence('linkedin', 'LinkedIn', 'it')).toBe('LinkedIn');
  });
});
