import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDeobfuscator } from './deobfuscate';
import { compileLexicon } from './lexicon';

const deobfuscator = createDeobfuscator(['fuck', 'fucking', 'shit', 'bitch', 'asshole', 'merda', 'cazzo', 'stronzo', 'fanculo']);
const readings = (text: string) => deobfuscator.readings(text).map((reading) => reading.text);

describe('createDeobfuscator', () => {
  it('reads leetspeak and symbols inside words', () => {
    expect(readings('sh1t happens')).toContain('shit happens');
    expect(readings('che m3rda')).toContain('che merda');
    expect(readings('c4zzo')).toContain('cazzo');
    expect(readings('b!tch please')).toContain('bitch please');
    expect(readings('$hit')).toContain('shit');
  });

  it('resolves masks against the words it was given', () => {
    expect(readings('what the f*ck')).toContain('what the fuck');
    expect(readings('s**t')).toContain('shit');
    expect(readings('f***ing great')).toContain('fucking great');
    expect(readings('a**hole')).toContain('asshole');
    expect(readings('sei uno stronz*')).toContain('sei uno stronzo');
    expect(readings('tutt* invitat*')).toEqual([]);
  });

  it('shrinks stretched letters to one or two', () => {
    expect(readings('fuuuuck')).toEqual(['fuck', 'fuuck']);
    expect(readings('cazzzzo')).toContain('cazzo');
  });

  it('joins dotted and spaced letters', () => {
    expect(readings('f.u.c.k this')).toContain('fuck this');
    expect(readings('che m e r d a di servizio')).toContain('che merda di servizio');
    expect(readings('sono p e s s i m i.')).toContain('sono pessimi.');
  });

  it('leaves ordinary text, acronyms, codes, links and mentions alone', () => {
    for (const text of ['Our B2B KPI in Q3', 'Galaxy A55 and COVID-19', 'Write to press@acme.com', 'See https://x.co/a1b2', '@m3rda_fan']) {
      expect(readings(text), text).toEqual([]);
    }
  });

  it('maps matches back to the original offsets', () => {
    const pattern = compileLexicon(['shit', 'fuck', 'fanculo']);
    expect(deobfuscator.findDisguised(pattern, 'Oh sh1t, f * c k no')).toEqual([{ start: 3, end: 7, text: 'sh1t' }]);
    expect(deobfuscator.findDisguised(pattern, 'Ok. F a n c u l o, basta.')).toEqual([{ start: 4, end: 17, text: 'F a n c u l o' }]);
    expect(deobfuscator.findDisguised(pattern, 'plain shit is not disguised')).toEqual([]);
  });

  it('restores lexicon words disguised by a typo, and only where the phrase then matches', () => {
    const typos = createDeobfuscator([], { misspellable: ['(gli|i) (immigrat[ie]|disabili) sono (spregevoli|parassiti)', 'una minaccia per', 'ricchiò'] });
    const phrase = compileLexicon(['(gli|i) (immigrat[ie]|disabili) sono (spregevoli|parassiti)', 'una minaccia per']);
    const found = (text: string) => typos.findDisguised(phrase, text).map((match) => match.text);
    // Two neighbouring letters swapped, one letter missing inside a word, a stem's ending kept.
    expect(found('Gli imimgrati sono spregevoli.')).toEqual(['Gli imimgrati sono spregevoli']);
    expect(found('I disabili sono sprgevoli')).toEqual(['I disabili sono sprgevoli']);
    expect(found('sono una mianccia per tutti')).toEqual(['una mianccia per']);
    // A word alone is not a finding: the phrase must match around it.
    expect(found('Che mianccia!')).toEqual([]);
    // Words that are lexicon words (or start with one) stay as written; a missing last letter is another word.
    expect(typos.readings('Gli immigrati sono parassiti.')).toEqual([]);
    expect(typos.readings('Sono diventati ricchi.')).toEqual([]);
    // Short words have too many neighbours to restore.
    expect(createDeobfuscator([], { misspellable: ['odio'] }).readings('Oido tutto.')).toEqual([]);
  });

  it('never throws and keeps spans inside the text', () => {
    const pattern = compileLexicon(['shit', 'cazzo']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const match of deobfuscator.findDisguised(pattern, text)) {
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(match.end).toBeGreaterThan(match.start);
        }
      }),
    );
  });
});
