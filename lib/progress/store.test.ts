import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../analysis';
import { categoryIds, ruleIds } from '../analysis/ids';
import { draftEntry } from './entry';
import { HistorySchema, type History } from './schema';
import { createProgressRecorder, historyItem, loadHistory } from './store';
import { seededHistory } from './testing';

const draft =
  'Humbled to announce that Zephyrine, our secret Moonbeam project, launches before the earnings call!!! BUY NOW with code LAUNCH20, ' +
  'link in bio, or write to giulia.bianchi@gmail.com. Grandi novità in arrivo per Ottavio e Perpetua.';

/** Every string the stored value holds, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
  return [];
}

describe('progress store', () => {
  beforeEach(() => fakeBrowser.reset());
  const at = (iso: string) => () => new Date(iso);

  it('stores counts and ids only: none of the draft\'s words', async () => {
    const report = analyze(draft, { platform: 'linkedin', settings: { rules: { 'no-confidential-terms': { options: { terms: ['Zephyrine', 'Moonbeam'] } } } } });
    expect(report.findings.length).toBeGreaterThan(4);
    const recorder = createProgressRecorder({ enabled: async () => true, now: at('2026-03-02T10:00:00') });
    await recorder.record(draftEntry(report.findings, 'k3j4h5g6l7', 'left'));
    await recorder.record(draftEntry(report.findings.slice(1), 'k3j4h5g6l7', 'published'));

    const stored = await fakeBrowser.storage.local.get(null);
    const json = JSON.stringify(stored);
    const known = new Set<string>([...ruleIds, ...categoryIds, 'ok', 'info', 'warning', 'error', 'k3j4h5g6l7', '2026-03-02']);
    const fieldNames = new Set(['progress', 'days', 'recent', 'date', 'drafts', 'published', 'categories', 'rules', 'posts', 'score', 'worst', 'draftId', 'sequence', 'v', 'progress$']);
    // Every stored string is an id, a date or a field name...
    expect(strings(stored).filter((text) => !known.has(text) && !fieldNames.has(text))).toEqual([]);
    // ...and no word of the draft appears anywhere, not even inside them.
    const words = [...new Set(draft.match(/\p{L}{4,}/gu)!.map((word) => word.toLowerCase()))];
    const withoutIds = [...ruleIds, ...categoryIds].reduce((text, id) => text.replaceAll(id, ''), json.toLowerCase());
    expect(words.filter((word) => withoutIds.includes(word))).toEqual([]);
    expect(json).not.toMatch(/LAUNCH20|gmail|@/i);
  });

  it('records nothing while the history is turned off, and records again once it is on', async () => {
    let enabled = false;
    const recorder = createProgressRecorder({ enabled: async () => enabled, now: at('2026-03-02T10:00:00') });
    await recorder.record(draftEntry([], 'abcdefgh', 'left'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    enabled = true;
    await recorder.record(draftEntry([], 'abcdefgh', 'left'));
    expect((await loadHistory()).days).toHaveLength(1);
  });

  it('serialises writes: drafts left at the same moment from several tabs are all counted', async () => {
    const recorder = createProgressRecorder({ enabled: async () => true, now: at('2026-03-02T10:00:00') });
    await Promise.all(Array.from({ length: 12 }, (_, i) => recorder.record(draftEntry([{ ruleId: 'no-teaser', category: 'reader-value', severity: 'warning' }], `tab${i}draft`, 'left'))));
    const [day] = (await loadHistory()).days;
    expect(day).toMatchObject({ drafts: 12, rules: { 'no-teaser': 12 } });
  });

  it('uses the local day of the write, and clears everything', async () => {
    let now = new Date(2026, 2, 2, 23, 58);
    const recorder = createProgressRecorder({ enabled: async () => true, now: () => now });
    await recorder.record(draftEntry([], 'first1', 'left'));
    now = new Date(2026, 2, 3, 0, 2);
    await recorder.record(draftEntry([], 'second', 'left'));
    expect((await loadHistory()).days.map((day) => day.date)).toEqual(['2026-03-02', '2026-03-03']);
    await recorder.clear();
    expect(await loadHistory()).toEqual({ days: [], recent: [] });
  });

  it('reads a corrupt stored value as an empty history, and keeps the parts that still parse', async () => {
    for (const corrupt of ['nonsense', 42, null, { days: 'nonsense' }]) {
      await fakeBrowser.storage.local.set({ progress: corrupt });
      expect(await loadHistory()).toEqual({ days: [], recent: [] });
    }
    const good = seededHistory('2026-03-15', { days: 10 });
    const [first, second, ...rest] = good.days;
    const damaged = { days: [second, { date: 'yesterday' }, first, { ...rest[0], drafts: -4 }, ...rest.slice(1)], recent: [...good.recent, { draftId: 'Buy now' }] };
    await historyItem.setValue(damaged as unknown as History);
    expect(HistorySchema.safeParse(await historyItem.getValue()).success).toBe(false);
    const read = await loadHistory();
    expect(read.days).toEqual([first, second, ...rest.slice(1)]);
    expect(read.recent).toEqual(good.recent.filter((contribution) => contribution.date !== rest[0]!.date));
    expect(HistorySchema.safeParse(read).success).toBe(true);
  });
});
