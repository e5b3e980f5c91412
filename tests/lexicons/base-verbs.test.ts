import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseVerbs as committed } from '../../lib/analysis/lexicons/en/base-verbs';
import { opensWithImperative } from '../../lib/analysis/takeaways';
import { baseVerbs, baseVerbsModule, baseVerbsPath } from './base-verbs';

describe('base verbs', () => {
  it('are the committed list, as `npm run generate:verbs` writes it from the pinned compromise and the training posts', () => {
    expect(readFileSync(baseVerbsPath, 'utf8')).toBe(baseVerbsModule(baseVerbs()));
  });

  it('hold verbs that are also nouns, and no other forms of a verb', () => {
    expect(committed).toEqual(expect.arrayContaining(['block', 'book', 'test', 'write', 'schedule']));
    for (const form of ['went', 'wrote', 'going', 'writes', 'booked']) expect(committed).not.toContain(form);
  });
});

describe('opensWithImperative', () => {
  it.each([
    'Block two hours for deep work.',
    'Start tomorrow and thank me later.',
    'Never send a deck before the call.',
    'Please double-check the numbers.',
    'Do not reply-all.',
    'Make sure it is signed before Friday.',
    'BOOK A SEAT TODAY',
    'Reply to every comment within a day.',
    'Gently remind them of the deadline.',
  ])('reads "%s" as an instruction', (sentence) => {
    expect(opensWithImperative(sentence)).toBe(true);
  });

  it.each([
    'Jet lag is real but so is the excitement!',
    'Test results are in.',
    'Finance team is growing.',
    'Coffee and cake from 10.',
    'Went to my first pottery class.',
    'Grateful for this team.',
    '',
  ])('does not read "%s" as one', (sentence) => {
    expect(opensWithImperative(sentence)).toBe(false);
  });
});
