import { compileLexicon } from './lexicon';
import { describe, expect, it } from 'vitest';
import { requiredWords, screenWords, WordScreen } from './word-screen';

describe('requiredWords', () => {
  it('reads exact words and stems', () => {
    expect(requiredWords('women')).toEqual({ exact: ['women'], prefixes: [] });
    expect(requiredWords('idiots?(?!-proof)')).toEqual({ exact: [], prefixes: ['idiot'] });
    expect(requiredWords('immigrat[ie]')).toEqual({ exact: [], prefixes: ['immigrat'] });
    expect(requiredWords('co-?workers')).toEqual({ exact: [], prefixes: ['co'] });
    expect(requiredWords('f+u+c*k+')).toEqual({ exact: [], prefixes: ['f'] });
  });

  it('picks the required part with the longest words, never an optional one', () => {
    expect(requiredWords("(you're|you are) (a|an) clown")).toEqual({ exact: ['clown'], prefixes: [] });
    expect(requiredWords('((all|most) )?(?:women|girls) are (lazy|evil)')).toEqual({ exact: ['women', 'girls'], prefixes: [] });
    expect(requiredWords('(the disabled|autistic people) are')).toEqual({ exact: ['disabled', 'autistic'], prefixes: [] });
  });

  it('reads the alternatives of a group, as stems when the word goes on', () => {
    expect(requiredWords('(?:ammazzer|uccider)(ò|o)')).toEqual({ exact: [], prefixes: ['ammazzer', 'uccider'] });
    expect(requiredWords('(bull|horse)\\s*shit')).toEqual({ exact: [], prefixes: ['bull', 'horse'] });
  });

  it('does not take a word for the start of one when an optional group may stand before it', () => {
    expect(requiredWords('(un)?culattone')).toBeNull();
    expect(requiredWords('(bull|horse)\\s*shit')).toEqual({ exact: [], prefixes: ['bull', 'horse'] });
  });

  it('skips lookarounds', () => {
    expect(requiredWords('(?<!(blue|great) )tits')).toEqual({ exact: ['tits'], prefixes: [] });
  });

  it('gives up on entries where nothing is required', () => {
    expect(requiredWords('(i )?(hope)?')).toBeNull();
    expect(requiredWords('\\d+ ?%')).toBeNull();
  });
});

describe('WordScreen', () => {
  const screen = new WordScreen(['idiots?', "(you're|you are) (a|an) clown", 'immigrat[ie]', '(customers|users) are (dumb|morons)']);

  it('needs a word of each of the two rarest parts of an entry', () => {
    expect(screen.passes(screenWords('Our users are dumb.'))).toBe(true);
    expect(screen.passes(screenWords('Our users are happy.'))).toBe(false);
  });

  it('passes texts containing a leading word, in any case and apostrophe', () => {
    expect(screen.passes(screenWords('What an IDIOT.'))).toBe(true);
    expect(screen.passes(screenWords('You’re a CLOWN.'))).toBe(true);
    expect(screen.passes(screenWords("Storie dell'immigrato."))).toBe(true);
    expect(screen.passes(screenWords('A calm, useful post about onboarding.'))).toBe(false);
  });

  it('passes everything when an entry can begin with anything', () => {
    const open = new WordScreen(['idiots?', '\\d+%']);
    expect(open.selective).toBe(false);
    expect(open.passes(screenWords('Nothing here.'))).toBe(true);
  });

  it('never screens out a text an entry matches: optional spaces, apostrophes, alternations', () => {
    const cases: Array<[string, string]> = [
      ['e ?mail', 'Send an email today.'],
      ["dell'azienda", "Il futuro dell'azienda."],
      ['foo|bar', 'Only bar here.'],
    ];
    for (const [entry, text] of cases) {
      expect(new RegExp(compileLexicon([entry]).source, 'iu').test(text), entry).toBe(true);
      expect(new WordScreen([entry]).passes(screenWords(text)), entry).toBe(true);
    }
  });
});

