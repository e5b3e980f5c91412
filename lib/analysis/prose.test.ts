import { describe, expect, it } from 'vitest';
import { countProseWords, countProseWordsAtMost } from './prose';

describe('countProseWords', () => {
  it('counts plain words, numbers and elided Italian words once each', () => {
    expect(countProseWords('We cut the form from 9 fields to 3.')).toBe(9);
    expect(countProseWords("L'azienda ha assunto 12 persone quest'anno.")).toBe(6);
  });

  it('does not count hashtags, mentions and links as words', () => {
    expect(countProseWords('Read it here https://example.com/a/very/long/path #growth @acme')).toBe(3);
    expect(countProseWords('(see www.example.org) or example.com/blog/post-1')).toBe(2);
  });

  it('does not count emoji, dashes and stray punctuation', () => {
    expect(countProseWords('🚀 Launch day — finally! 🎉 …')).toBe(3);
    expect(countProseWords('   ')).toBe(0);
    expect(countProseWords('')).toBe(0);
  });

  it('is bounded by the white-space pieces, whatever the spaces are', () => {
    for (const text of ['a b\tc\u00a0d\u2009e\u3000f', '  🚀  ', 'one', '#a @b https://x.y/z word']) {
      expect(countProseWords(text)).toBeLessThanOrEqual(countProseWordsAtMost(text));
    }
    expect(countProseWordsAtMost('a b\tc\u00a0d\u2009e\u3000f')).toBe(6);
  });
});
