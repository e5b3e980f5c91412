/**
 * Splits each real dataset in `tests/fixtures/corpus/eval/source/` into a dev half (for tuning and
 * training) and a test half (scored, never read while writing rules): `npm run split` writes
 * `eval/dev/` and `eval/test/`, and `tests/corpus-split.test.ts` checks the committed files are what
 * this produces. The split is stratified by label and, for HateCheck, by the block of the case list
 * the row comes from (the Italian case list is ordered by functional test, so a block of 100 cases
 * stands for one or two functionalities), with a fixed seed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { corpusDir } from './evaluate';
import { seededRandom } from '../../lib/seeded-random';

export const SPLIT_SEED = 20261202;

interface SplitRow {
  label: string;
  source?: string;
}

/** The stratum of a row: its label, and for HateCheck cases the block of 100 cases it belongs to. */
export function stratumOf(row: SplitRow): string {
  const hateCheckCase = /#italian-(\d+)$/.exec(row.source ?? '');
  return hateCheckCase ? `${row.label}/${Math.floor(Number(hateCheckCase[1]) / 100)}` : row.label;
}

const normalised = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Rows in file order, each assigned to dev or test. Rows with the same text go to the same half
 * (the datasets repeat some comments verbatim), so no test row is also a dev row. Within each
 * stratum the groups are shuffled, then dealt to test until it holds half the stratum's rows.
 */
export function splitRows<T extends SplitRow & { text?: string }>(rows: readonly T[], seed = SPLIT_SEED): { dev: T[]; test: T[] } {
  const random = seededRandom(seed);
  const groups = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = row.text === undefined ? String(index) : normalised(row.text);
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const strata = new Map<string, number[][]>();
  for (const members of groups.values()) {
    const key = stratumOf(rows[members[0]!]!);
    strata.set(key, [...(strata.get(key) ?? []), members]);
  }
  const toTest = new Set<number>();
  // A stratum of odd size gives its extra row to dev or test in turn, so neither side drifts.
  let extraToTest = false;
  for (const key of [...strata.keys()].sort()) {
    const units = strata.get(key)!;
    for (let i = units.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [units[i], units[j]] = [units[j]!, units[i]!];
    }
    const size = units.reduce((sum, unit) => sum + unit.length, 0);
    let half = Math.floor(size / 2);
    if (size % 2) {
      if (extraToTest) half++;
      extraToTest = !extraToTest;
    }
    let taken = 0;
    for (const unit of units) {
      if (taken + unit.length > half) continue;
      for (const index of unit) toTest.add(index);
      taken += unit.length;
    }
  }
  return {
    dev: rows.filter((_, index) => !toTest.has(index)),
    test: rows.filter((_, index) => toTest.has(index)),
  };
}

export function splitSources(): Map<string, { dev: string; test: string }> {
  const sourceDir = `${corpusDir}eval/source/`;
  const out = new Map<string, { dev: string; test: string }>();
  for (const name of readdirSync(sourceDir).filter((file) => file.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(sourceDir + name, 'utf8').split('\n').filter((line) => line.trim());
    const rows = lines.map((line) => ({ ...(JSON.parse(line) as SplitRow & { text: string }), line }));
    const { dev, test } = splitRows(rows);
    const join = (part: typeof rows) => part.map((row) => row.line).join('\n') + '\n';
    out.set(name, { dev: join(dev), test: join(test) });
  }
  return out;
}

if (process.argv[1]?.endsWith('split.ts')) {
  for (const part of ['dev', 'test'] as const) mkdirSync(`${corpusDir}eval/${part}`, { recursive: true });
  for (const [name, parts] of splitSources()) {
    writeFileSync(`${corpusDir}eval/dev/${name}`, parts.dev);
    writeFileSync(`${corpusDir}eval/test/${name}`, parts.test);
    console.log(`${name}: dev ${parts.dev.split('\n').length - 1}, test ${parts.test.split('\n').length - 1}`);
  }
}
