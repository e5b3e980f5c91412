import { describe, expect, it } from 'vitest';
import { MIN_WORDS_TO_SCORE, readability, readingSeconds } from './readability';
import { createLineCache, segment, type Sentence } from './segment';

const sentence = (words: number, syllables: number, letters: number): Sentence => ({ text: '', start: 0, end: 0, words, syllables, letters });

describe('readability', () => {
  it('computes Flesch reading ease for English', () => {
    // 206.835 − 1.015·(30/2) − 84.6·(45/30) = 64.71
    expect(readability([sentence(15, 22, 60), sentence(15, 23, 60)], 'en')).toBe(64.7);
  });

  it('computes Gulpease for Italian from letters, not syllables', () => {
    // 89 + (300·3 − 10·150)/30 = 69
    expect(readability([sentence(10, 99, 50), sentence(10, 1, 50), sentence(10, 7, 50)], 'it')).toBe(69);
  });

  it('leaves drafts under the minimum unscored and ignores wordless sentences', () => {
    expect(readability([sentence(MIN_WORDS_TO_SCORE - 1, 40, 120)], 'en')).toBeNull();
    expect(readability([sentence(30, 45, 150), sentence(0, 0, 0)], 'it')).toBe(readability([sentence(30, 45, 150)], 'it'));
  });

  it('estimates reading time at about 238 words a minute', () => {
    expect(readingSeconds(238)).toBe(60);
    expect(readingSeconds(0)).toBe(0);
  });
});

describe('English syllables behind Flesch', () => {
  const syllables = (word: string) => segment(word, 'en', createLineCache()).sentences[0]!.syllables;

  it('counts regular words right', () => {
    expect(['the', 'table', 'people', 'make', 'simple', 'everyone', 'customer'].map(syllables)).toEqual([1, 2, 2, 1, 2, 3, 3]);
  });

  it('counts -ed, -es and vowels in hiatus right', () => {
    const words = { likes: 1, shared: 1, walked: 1, helped: 1, video: 3, idea: 3, being: 2, create: 2, going: 2, area: 3, boxes: 2, wanted: 2, great: 1, people: 2, social: 2, quality: 3, created: 3 };
    expect(Object.fromEntries(Object.keys(words).map((word) => [word, syllables(word)]))).toEqual(words);
  });

  it('does not count links, hashtags and mentions as words', () => {
    const [sentence] = segment('Read https://example.com/a-long-path-with-many-words with @ana_rossi #readability today.', 'en', createLineCache()).sentences;
    expect(sentence!.words).toBe(3);
  });
});
