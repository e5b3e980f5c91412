import { describe, expect, it } from 'vitest';
import { compileLexicon, findMatches } from './lexicon';
import { expandTemplates } from './lexicon-templates';

describe('expandTemplates', () => {
  it('replaces slots with the alternation of their lexicon, longest first', () => {
    expect(expandTemplates(['{group} are {trait}'], { group: ['cats', 'big cats'], trait: ['lazy'] })).toEqual([
      '(?:big cats|cats) are (?:lazy)',
    ]);
  });

  it('leaves quantifiers alone and compiles into a working lexicon', () => {
    const [entry] = expandTemplates(['{group} (\\S+ ){0,2}rule'], { group: ['cats'] });
    expect(entry).toBe('(?:cats) (\\S+ ){0,2}rule');
    expect(findMatches(compileLexicon([entry!]), 'Cats really do rule.').map((m) => m.text)).toEqual(['Cats really do rule']);
  });

  it('leaves Unicode property escapes alone', () => {
    expect(expandTemplates(['{group}\\p{L}*'], { group: ['cat'] })).toEqual(['(?:cat)\\p{L}*']);
  });

  it('refuses an unknown slot', () => {
    expect(() => expandTemplates(['{nothing}'], {})).toThrow(/nothing/);
  });
});
