import { describe, expect, it } from 'vitest';
import { mergeOverlapping } from './merge-matches';

const text = 'please subscribe to my channel today';
const at = (phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};

describe('mergeOverlapping', () => {
  it('joins overlapping matches into their union', () => {
    expect(mergeOverlapping(text, [at('subscribe to my channel'), at('please subscribe')])).toEqual([
      at('please subscribe to my channel'),
    ]);
  });

  it('keeps separate matches apart, in text order', () => {
    expect(mergeOverlapping(text, [at('today'), at('please')])).toEqual([at('please'), at('today')]);
  });

  it('keeps a match inside another as the outer one', () => {
    expect(mergeOverlapping(text, [at('to my'), at('subscribe to my channel')])).toEqual([at('subscribe to my channel')]);
  });

  it('does not change its input', () => {
    const input = [at('please subscribe'), at('subscribe to')];
    mergeOverlapping(text, input);
    expect(input).toEqual([at('please subscribe'), at('subscribe to')]);
  });
});
