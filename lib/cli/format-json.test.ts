import { describe, expect, it } from 'vitest';
import type { Result } from './check';
import { formatJson, formatJsonl } from './format-json';
import { fakeChecked, fakeReport } from './testing';

const results: Result[] = [
  fakeChecked('From stdin', [], { source: '<stdin>', id: 'mon' }),
  { kind: 'bad-row', source: '<stdin>', line: 2, error: 'Not valid JSON' },
  fakeChecked('From a file', [], { source: 'plan.csv', id: 3 }),
  { kind: 'bad-row', source: 'plan.csv', id: 'p4', line: 5, error: 'Missing text' },
];

describe('formatJsonl', () => {
  it('writes one line per row: the report with its id, or the error with its line', () => {
    const lines = formatJsonl(results).trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { id: 'mon', ...fakeReport() },
      { line: 2, error: 'Not valid JSON' },
      { id: 3, file: 'plan.csv', ...fakeReport() },
      { id: 'p4', file: 'plan.csv', line: 5, error: 'Missing text' },
    ]);
  });
});

describe('formatJson', () => {
  it('writes one array of { file, id?, report }', () => {
    expect(JSON.parse(formatJson([fakeChecked('Whole file'), ...results.slice(2)]))).toEqual([
      { file: 'post.txt', report: fakeReport() },
      { file: 'plan.csv', id: 3, report: fakeReport() },
      { file: 'plan.csv', id: 'p4', line: 5, error: 'Missing text' },
    ]);
  });

  it('never includes the draft text', () => {
    expect(formatJson(results) + formatJsonl(results)).not.toMatch(/From (stdin|a file)/);
  });
});
