import { describe, expect, it } from 'vitest';
import { compileLexicon, findMatches, mayMatch } from './lexicon';

const matches = (entries: string[], text: string) => findMatches(compileLexicon(entries), text).map((m) => m.text);

describe('compileLexicon', () => {
  it('matches whole words only, ignoring case, with flexible white space', () => {
    expect(matches(['link in bio'], 'Link  in\nbio! linkinbio')).toEqual(['Link  in\nbio']);
    expect(matches(['ass'], 'Scunthorpe assessment class ass.')).toEqual(['ass']);
  });

  it('makes white space optional with " ?"', () => {
    expect(matches(['e ?mail'], 'email, e mail, e-mail')).toEqual(['email', 'e mail']);
  });

  it("matches both apostrophes, also inside character classes", () => {
    expect(matches(["don't"], "don't don’t")).toEqual(["don't", 'don’t']);
    expect(matches(["l[a']"], "la l' l’")).toEqual(['la', "l'", 'l’']);
  });

  it('prefers the longest entry and keeps escapes', () => {
    expect(matches(['buy', 'buy now', '\\$\\d+'], 'Buy now for $20')).toEqual(['Buy now', '$20']);
  });
});

describe('the word screen of a compiled lexicon', () => {
  it('skips a text without the words a match needs, and still finds the matches of one with them', () => {
    const pattern = compileLexicon(['link in bio', 'buy now']);
    expect(mayMatch(pattern, 'A calm post about onboarding.')).toBe(false);
    expect(findMatches(pattern, 'A calm post about onboarding.')).toEqual([]);
    expect(mayMatch(pattern, 'Buy it now')).toBe(true);
    expect(findMatches(pattern, 'Link in bio, BUY NOW').map((m) => m.text)).toEqual(['Link in bio', 'BUY NOW']);
  });
});

