import { describe, expect, it } from 'vitest';
import { execAll } from './exec-all';

const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, m[0], ...m.slice(1)]);

describe('execAll', () => {
  it.each([
    [/\p{L}+/gu, 'Ciao, mondo! Perché?'],
    [/(a)|(b)/g, 'xaybz'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/😀|/gu, '😀a😀'],
  ])('finds what matchAll finds for %s', (pattern, text) => {
    expect(shape(execAll(pattern, text))).toEqual(shape(text.matchAll(new RegExp(pattern))));
  });

  it('starts at the pattern’s lastIndex and leaves it as it was, like matchAll', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 2;
    expect(execAll(pattern, '1234').map((m) => m[0])).toEqual(['3', '4']);
    expect(pattern.lastIndex).toBe(2);
  });

  it('refuses a pattern that is not global, like matchAll', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
  });
});
