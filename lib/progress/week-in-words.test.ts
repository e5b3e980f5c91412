import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import type { WeekOnWeek } from './aggregate';
import { weekInWords } from './week-in-words';

const totals = { drafts: 5, averageScore: 80, perDraft: { 'self-promotion': 0, inappropriate: 0, confidential: 0, length: 0, 'reader-value': 0 }, rulesPerDraft: {} };
const week: WeekOnWeek = {
  thisWeek: totals,
  lastWeek: totals,
  comparable: true,
  improved: [
    { subject: 'score', from: 71.6, to: 84.2 },
    { subject: 'category', category: 'self-promotion', from: 1.25, to: 0.4 },
    { subject: 'rule', ruleId: 'no-hard-sell', from: 0.8, to: 0.2 },
  ],
  worse: [{ subject: 'category', category: 'length', from: 0, to: 0.5 }],
};
const names: Record<string, Record<string, string>> = { en: { 'no-hard-sell': 'Hard sell' }, it: { 'no-hard-sell': 'Vendita aggressiva' } };

describe('weekInWords', () => {
  it('says what improved and what got worse, in English and in Italian, with local number formats', () => {
    expect(weekInWords(week, translator('en'), 'en', (id) => names.en![id]!)).toEqual({
      summary: null,
      improved: [
        'Your average score went up from 72 to 84.',
        'Self-promotion: fewer suggestions, 0.4 per draft instead of 1.3.',
        'The rule "Hard sell" came up less often: 0.2 per draft instead of 0.8.',
      ],
      worse: ['Length: more suggestions, 0.5 per draft instead of 0.'],
    });
    expect(weekInWords(week, translator('it'), 'it', (id) => names.it![id]!)).toEqual({
      summary: null,
      improved: [
        'Il tuo punteggio medio è salito da 72 a 84.',
        'Autopromozione: meno suggerimenti, 0,4 per bozza invece di 1,3.',
        'La regola "Vendita aggressiva" è scattata meno spesso: 0,2 per bozza invece di 0,8.',
      ],
      worse: ['Lunghezza: più suggerimenti, 0,5 per bozza invece di 0.'],
    });
  });

  it('says when there is too little to compare, or nothing changed', () => {
    expect(weekInWords({ ...week, comparable: false, improved: [], worse: [] }, translator('it'), 'it', String).summary).toBe(
      'Troppo poche bozze per un confronto: ne servono almeno 3 in ciascuna delle ultime due settimane.',
    );
    expect(weekInWords({ ...week, improved: [], worse: [] }, translator('en'), 'en', String)).toEqual({
      summary: 'About the same as last week: no habit changed much.',
      improved: [],
      worse: [],
    });
  });
});
