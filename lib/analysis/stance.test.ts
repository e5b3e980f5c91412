import { describe, expect, it } from 'vitest';
import { isDisowned, isNegated, isReported } from './stance';

const spanOf = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('stance', () => {
  it('sees a negation earlier in the same clause', () => {
    const text = "I don't think women are inferior.";
    expect(isNegated(text, spanOf(text, 'women are inferior'), 'en')).toBe(true);
    const italian = 'Voglio essere chiaro: non odio le persone di colore.';
    expect(isNegated(italian, spanOf(italian, 'odio le persone'), 'it')).toBe(true);
  });

  it('ignores a negation in another clause, or one that affirms', () => {
    const but = "I'm not racist, but immigrants are rats.";
    expect(isNegated(but, spanOf(but, 'immigrants are rats'), 'en')).toBe(false);
    const forget = 'Non dimenticare che sono solo feccia.';
    expect(isNegated(forget, spanOf(forget, 'sono solo feccia'), 'it')).toBe(false);
  });

  it('sees reported and condemned statements', () => {
    const myth = 'The myth that immigrants are criminals is everywhere.';
    expect(isReported(myth, spanOf(myth, 'immigrants are criminals'), 'en')).toBe(true);
    const wrong = 'Dire che i gay sono malati è sbagliato.';
    expect(isReported(wrong, spanOf(wrong, 'i gay sono malati'), 'it')).toBe(true);
    const quoted = '"Women belong in the kitchen" said the speaker.';
    expect(isReported(quoted, spanOf(quoted, 'Women belong'), 'en')).toBe(true);
    const condemned = 'Le donne non sanno guidare: è uno stereotipo.';
    expect(isReported(condemned, spanOf(condemned, 'Le donne non sanno guidare'), 'it')).toBe(true);
    const stated = 'Le donne non sanno guidare, punto.';
    expect(isReported(stated, spanOf(stated, 'Le donne non sanno guidare'), 'it')).toBe(false);
  });

  it('takes a rhetorical question as endorsement, not reporting', () => {
    const text = "What's wrong with saying that these people deserve to suffer?";
    expect(isDisowned(text, spanOf(text, 'deserve to suffer'), 'en')).toBe(false);
  });
});
