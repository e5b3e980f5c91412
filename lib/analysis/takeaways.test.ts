import { describe, expect, it } from 'vitest';
import type { Language } from './schema';
import { createLineCache, segment } from './segment';
import { countDraftWords, findTakeaway, type TakeawayKind } from './takeaways';

function draft(text: string, language: Language) {
  const { lines, sentences } = segment(text, language, createLineCache());
  const cache = new Map<string, unknown>();
  const memo = <T>(text: string, compute: () => T, kind = ''): T => {
    const key = `${kind}\u0000${text}`;
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
  return { language, lines, sentences, memo };
}

describe('findTakeaway', () => {
  it.each<[string, Language, TakeawayKind]>([
    ['Pro tip: write the headline last.', 'en', 'phrase'],
    ['We went from 40 to 12 minutes per deploy.', 'en', 'phrase'],
    ['What I check before a release:\n- the changelog\n- the rollback', 'en', 'list'],
    ['Slides from my talk are on example.com/slides/testing-at-scale', 'en', 'source'],
    ['Volunteers welcome on Saturday, write to volunteers@example.org', 'en', 'contact'],
    ['Which CRM do small agencies actually stick with?', 'en', 'question'],
    ['The best advice I got at my first job still holds: ask the question in the meeting.', 'en', 'phrase'],
    ['Block two hours every morning for deep work.', 'en', 'instruction'],
    ['I always read the job description twice before an interview.', 'en', 'phrase'],
    ['Ecco come abbiamo dimezzato i tempi di consegna.', 'it', 'phrase'],
    ['Mai mandare un preventivo il venerdì sera.', 'it', 'phrase'],
    ['Prima di tutto: evitate le riunioni senza ordine del giorno.', 'it', 'instruction'],
    ['Voi come gestite le ferie nel team?', 'it', 'question'],
  ])('finds something for the reader in %j', (text, language, kind) => {
    expect(findTakeaway(draft(text, language))?.kind).toBe(kind);
  });

  it.each<[string, Language]>([
    ['Another great day at the office with the best team in the world. Onwards and upwards!', 'en'],
    ['Thank you all for the kind words. Stay tuned for more!', 'en'],
    ['Can you believe it has been ten years already?', 'en'],
    ['Che settimana! Grazie a tutti per la passione e l’impegno di sempre.', 'it'],
    ['Ci credete che sono già passati cinque anni?', 'it'],
  ])('finds nothing in %j', (text, language) => {
    expect(findTakeaway(draft(text, language))).toBeNull();
  });

  it('never throws on odd input', () => {
    const paste = `${'word '.repeat(40)}\n`.repeat(500);
    for (const text of ['', '\u200b', '\ud800 lone', 'مرحبا بالعالم', '🎉'.repeat(500), 'a '.repeat(2500), paste]) {
      expect(() => findTakeaway(draft(text, 'en'))).not.toThrow();
    }
  });
});

describe('countDraftWords', () => {
  it('counts the prose words of every line, hashtags left out', () => {
    expect(countDraftWords(draft('One two\n#three four\n\nfive', 'en'))).toBe(4);
  });
});
