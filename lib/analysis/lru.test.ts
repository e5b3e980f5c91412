import { describe, expect, it } from 'vitest';
import { Lru } from './lru';

describe('Lru', () => {
  it('creates once and returns the cached value after', () => {
    const cache = new Lru<number>(4);
    let made = 0;
    expect(cache.getOrCreate('a', () => ++made)).toBe(1);
    expect(cache.getOrCreate('a', () => ++made)).toBe(1);
    expect(made).toBe(1);
  });

  it('keeps recently used entries and forgets the ones not used for a while', () => {
    const cache = new Lru<number>(2);
    const made: string[] = [];
    const get = (key: string) => cache.getOrCreate(key, () => made.push(key));
    get('a');
    get('b');
    get('c'); // the young generation was full: a and b become old
    get('a'); // used again: back to young
    get('d'); // young full again: c and a become old, b is dropped
    get('a');
    get('b');
    expect(made).toEqual(['a', 'b', 'c', 'd', 'b']);
  });

  it('caches undefined values too', () => {
    const cache = new Lru<undefined>(2);
    let made = 0;
    cache.getOrCreate('x', () => void made++);
    cache.getOrCreate('x', () => void made++);
    expect(made).toBe(1);
  });
});
