import { describe, expect, it } from 'vitest';
import { createDeobfuscator } from './deobfuscate';
import { compileLexicon } from './lexicon';
import { createPhraseFinder, templateKinds, type PhraseKind } from './phrases';

describe('createPhraseFinder', () => {
  const kinds: PhraseKind<'mockery' | 'insult'>[] = [
    { messageId: 'mockery', pattern: compileLexicon(['customers are idiots']), isExcused: (text) => text.startsWith('Myth:') },
    { messageId: 'insult', pattern: compileLexicon(['idiots?']) },
  ];

  it('keeps the preferred kind where matches overlap, in text order', () => {
    const found = createPhraseFinder(kinds)('Idiot! Our customers are idiots.');
    expect(found.map(({ messageId, match }) => [messageId, match.text])).toEqual([
      ['insult', 'Idiot'],
      ['mockery', 'customers are idiots'],
    ]);
  });

  it('lets an excused match hide the weaker ones inside it', () => {
    expect(createPhraseFinder(kinds)('Myth: customers are idiots.')).toEqual([]);
  });

  it('finds disguised phrases with a deobfuscator', () => {
    const found = createPhraseFinder(kinds, createDeobfuscator([]))('What id10ts.');
    expect(found.map(({ match }) => match.text)).toEqual(['id10ts']);
  });
});

describe('templateKinds', () => {
  const slots = { group: ['cats', 'dogs'], trait: ['lazy'] };
  const kinds = templateKinds('generalisation', ['{group} are {trait}', 'no pets allowed', '\\d+%'], slots);

  it('screens each template by the words it requires, and runs the others unscreened together', () => {
    expect(kinds).toHaveLength(3);
    expect(kinds[0]!.screen?.passes(['dogs', 'are', 'lazy'])).toBe(true);
    expect(kinds[0]!.screen?.passes(['dogs', 'bark'])).toBe(false);
    expect(kinds[1]!.screen?.passes(['no', 'pets', 'allowed'])).toBe(true);
    expect(kinds[1]!.screen?.passes(['allowed'])).toBe(false);
    expect(kinds[2]!.screen).toBeUndefined();
  });

  it('finds what the templates describe', () => {
    const find = createPhraseFinder(kinds);
    expect(find('Cats are lazy, and no pets allowed.').map(({ match }) => match.text)).toEqual(['Cats are lazy', 'no pets allowed']);
    expect(find('Birds are lazy.')).toEqual([]);
  });
});

describe('createPhraseFinder on a long unpunctuated text', () => {
  it('finds phrases anywhere, also across the places it reads in pieces, once each', () => {
    const find = createPhraseFinder(templateKinds('insult', ['(stupid|dumb) (customers|users)']));
    const filler = 'word '.repeat(130);
    const text = `${filler}stupid customers ${filler}dumb users ${filler}`.repeat(3);
    const found = find(text);
    expect(found.map(({ match }) => match.text)).toEqual(['stupid customers', 'dumb users', 'stupid customers', 'dumb users', 'stupid customers', 'dumb users']);
    for (const { match } of found) expect(text.slice(match.start, match.end)).toBe(match.text);
  });
});
