import { describe, expect, it } from 'vitest';
import { countCharacters, foldOffset, limitOffset } from './counting';
import { platforms } from './platforms';

describe('countCharacters', () => {
  it('counts as each platform does', () => {
    const text = 'Café ☕ https://example.com/a/very/long/path/that/goes/on';
    expect(countCharacters(text, platforms.x)).toBe(5 + 2 + 1 + 23);
    expect(countCharacters(text, platforms.mastodon)).toBe(5 + 1 + 1 + 23);
    expect(countCharacters(text, platforms.bluesky)).toBe(text.length - 0);
    expect(countCharacters('👍🏽', platforms.bluesky)).toBe(1);
    expect(countCharacters('👍🏽', platforms.linkedin)).toBe(4);
    expect(countCharacters('hi @ana@example.social', platforms.mastodon)).toBe('hi @ana'.length);
  });
});

describe('foldOffset', () => {
  it('folds after the character limit or the line limit, whichever comes first', () => {
    expect(foldOffset('a'.repeat(300), platforms.linkedin)).toBe(210);
    expect(foldOffset('one\ntwo\nthree\nfour', platforms.linkedin)).toBe('one\ntwo\nthree'.length);
    expect(foldOffset('short post', platforms.linkedin)).toBeNull();
    expect(foldOffset('a'.repeat(300), platforms.x)).toBeNull();
  });
});

describe('limitOffset', () => {
  it('finds where the count passes the limit', () => {
    expect(limitOffset('a'.repeat(290), platforms.x, 280)).toBe(280);
    expect(limitOffset('🙂'.repeat(141), platforms.x, 280)).toBe(280);
    expect(limitOffset('a'.repeat(290), platforms.x, 252)).toBe(252);
    expect(limitOffset('👍🏽'.repeat(301), platforms.bluesky, 300)).toBe(1200);
    expect(limitOffset('b'.repeat(510), platforms.mastodon, 500)).toBe(500);
    expect(limitOffset('fits', platforms.mastodon, 500)).toBe(4);
  });
});
