import { describe, expect, it } from 'vitest';
import { formatMessage } from './format';

describe('formatMessage', () => {
  it('writes numbers the way the language writes them', () => {
    expect(formatMessage('{count} caratteri', { count: 63206 }, 'it')).toBe('63.206 caratteri');
    expect(formatMessage('{count} characters', { count: 3000 }, 'en')).toBe('3,000 characters');
  });

  it('names the generic platform in the message language, and leaves brands alone', () => {
    expect(formatMessage('su {platform} è meglio non superare {max}', { platform: 'Generic', max: 5 }, 'it')).toBe(
      'su qualsiasi piattaforma è meglio non superare 5',
    );
    expect(formatMessage('on {platform}, at most {max} work best', { platform: 'Generic', max: 5 }, 'en')).toBe('on any platform, at most 5 work best');
    expect(formatMessage('su {platform} è meglio non superare {max}', { platform: 'Instagram', max: 5 }, 'it')).toBe('su Instagram è meglio non superare 5');
  });

  it('capitalises a platform that opens a sentence', () => {
    expect(formatMessage('{platform} rifiuterà il post. {platform} lo dice.', { platform: 'Generic' }, 'it')).toBe(
      'Qualsiasi piattaforma rifiuterà il post. Qualsiasi piattaforma lo dice.',
    );
  });

  it('keeps a placeholder it has no data for', () => {
    expect(formatMessage('{platform} e {missing}', { platform: 'X' }, 'it')).toBe('X e {missing}');
  });
});
