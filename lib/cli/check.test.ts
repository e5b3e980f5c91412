import { describe, expect, it } from 'vitest';
import type { AnalyzeContext, Analyzer } from '../analysis/engine';
import { checkInputs, exitCodeFor } from './check';
import type { BadRow } from './inputs';
import { fakeChecked, fakeFinding, fakeReport } from './testing';

const badRow: BadRow = { kind: 'bad-row', source: 'week.jsonl', line: 2, error: 'Not valid JSON' };
const finding = (severity: 'info' | 'warning' | 'error') => fakeFinding({ severity, span: { start: 0, end: 1 } });

describe('checkInputs', () => {
  it('uses one analyzer, lets a row override the flags and passes bad rows through', () => {
    const contexts: AnalyzeContext[] = [];
    const analyzer: Analyzer = {
      analyze: (_text, context = {}) => {
        contexts.push(context);
        return fakeReport();
      },
    };
    const results = checkInputs(
      [
        { kind: 'draft', source: 'post.txt', text: 'a' },
        badRow,
        { kind: 'draft', source: 'plan.csv', id: 'p1', text: 'b', platform: 'bluesky', language: 'it' },
      ],
      analyzer,
      { platform: 'x', language: 'en', uiLanguage: 'it' },
    );
    expect(results.map((result) => result.kind)).toEqual(['checked', 'bad-row', 'checked']);
    expect(contexts).toEqual([
      { platform: 'x', language: 'en', uiLanguage: 'it' },
      { platform: 'bluesky', language: 'it', uiLanguage: 'it' },
    ]);
  });
});

describe('exitCodeFor', () => {
  it('is 0 for nothing, infos and warnings', () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor([fakeChecked('a', [finding('info'), finding('warning')]), fakeChecked('b')])).toBe(0);
  });

  it('is 1 for an error finding anywhere or a bad row', () => {
    expect(exitCodeFor([fakeChecked('a', [finding('warning')]), fakeChecked('b', [finding('error')])])).toBe(1);
    expect(exitCodeFor([fakeChecked('a'), badRow])).toBe(1);
  });
});
