import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusDir, loadCorpusDir } from './corpus/evaluate';
import { splitRows, splitSources, stratumOf } from './corpus/split';

describe('dev/test split of the real datasets (npm run split)', () => {
  const sources = splitSources();

  it('is what the committed dev and test files hold', () => {
    for (const [name, parts] of sources) {
      expect(readFileSync(`${corpusDir}eval/dev/${name}`, 'utf8'), name).toBe(parts.dev);
      expect(readFileSync(`${corpusDir}eval/test/${name}`, 'utf8'), name).toBe(parts.test);
    }
  });

  it('puts every row in exactly one half, each label split evenly', () => {
    const source = loadCorpusDir('eval/source');
    const dev = loadCorpusDir('eval/dev');
    const test = loadCorpusDir('eval/test');
    for (const [name, rows] of source) {
      const devIds = new Set(dev.get(name)!.map((row) => row.id));
      const testIds = test.get(name)!.map((row) => row.id);
      expect(testIds.filter((id) => devIds.has(id)), name).toEqual([]);
      expect(devIds.size + testIds.length, name).toBe(rows.length);
      for (const label of new Set(rows.map((row) => row.label))) {
        const inTest = test.get(name)!.filter((row) => row.label === label).length;
        const all = rows.filter((row) => row.label === label).length;
        expect(Math.abs(inTest - all / 2), `${name} ${label}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('stratifies HateCheck cases by their block of the case list, and changes with the seed', () => {
    expect(stratumOf({ label: 'offensive', source: 'x.csv#italian-2269' })).toBe('offensive/22');
    expect(stratumOf({ label: 'spam', source: 'y.csv#comment_id=abc' })).toBe('spam');
    const rows = Array.from({ length: 40 }, (_, i) => ({ label: i % 2 ? 'a' : 'b', id: i }));
    const one = splitRows(rows, 1).test.map((row) => row.id);
    expect(splitRows(rows, 1).test.map((row) => row.id)).toEqual(one);
    expect(splitRows(rows, 2).test.map((row) => row.id)).not.toEqual(one);
  });

  it('keeps test rows, blind and fresh posts out of the training pool', () => {
    const training = new Set(
      ['train/real', 'train/written', 'own', 'eval/dev'].flatMap((folder) => [...loadCorpusDir(folder).values()].flat().map((row) => row.text.trim())),
    );
    for (const folder of ['eval/test', 'blind', 'fresh']) {
      const leaked = [...loadCorpusDir(folder).values()].flat().filter((row) => training.has(row.text.trim()));
      expect(leaked.map((row) => row.id), folder).toEqual([]);
    }
  });
});
