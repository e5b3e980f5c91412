import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ['Three things I learnt from shipping our first app.', 'en'],
    ['Tre cose che ho imparato lanciando la nostra prima app.', 'it'],
    ["L'intelligenza artificiale non sostituisce il giudizio di chi lavora.", 'it'],
    ['Is your team ready for the new privacy rules?', 'en'],
    ['Il vostro team è pronto per le nuove regole sulla privacy?', 'it'],
    ['Buongiorno! Oggi parliamo di KPI e ROI per le PMI.', 'it'],
    ['We moved our CI to GitHub Actions and cut build time by 40%.', 'en'],
    ['Odio i trans.', 'it'],
    ['I think so too.', 'en'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text).language).toBe(expected);
  });

  it('falls back when nothing decides', () => {
    expect(detectLanguage('🚀🚀🚀 #AI', 'it')).toEqual({ language: 'it', confidence: 0 });
    expect(detectLanguage('', 'en').language).toBe('en');
  });
});
