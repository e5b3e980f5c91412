import { describe, expect, it } from 'vitest';
import { DraftProgress } from './draft-progress';
import { DraftEntrySchema, type DraftEntry } from './schema';

const hardSell = { ruleId: 'no-hard-sell', category: 'self-promotion', severity: 'warning' } as const;

describe('DraftProgress', () => {
  it('sends valid entries with one id per draft, and a new id once the box was emptied', () => {
    const sent: DraftEntry[] = [];
    const progress = new DraftProgress((entry) => sent.push(entry));
    progress.seen('Buy now');
    progress.record([hardSell], 'left');
    progress.seen('Buy now, or not');
    progress.record([], 'left');
    progress.record([], 'published');
    expect(sent.map(({ outcome, score }) => [outcome, score])).toEqual([
      ['left', 92],
      ['left', 100],
      ['published', 100],
    ]);
    for (const entry of sent) expect(DraftEntrySchema.parse(entry)).toEqual(entry);
    expect(new Set(sent.map((entry) => entry.draftId)).size).toBe(1);

    progress.seen('');
    progress.seen('A new post');
    progress.record([], 'published');
    expect(sent[3]!.draftId).not.toBe(sent[0]!.draftId);
    expect(sent[3]!.draftId).toMatch(/^[a-z0-9]{16}$/);
  });
});
