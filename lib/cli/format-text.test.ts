import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { Result } from './check';
import { formatText, lineLocator, shouldColor } from './format-text';
import { fakeChecked, fakeFinding, fakeReport } from './testing';

const plain = pc.createColors(false);

describe('lineLocator', () => {
  it('gives 1-based lines and UTF-16 columns', () => {
    const locate = lineLocator('first\nsecond 🎉 line\n\nlast');
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(5)).toEqual({ line: 1, column: 6 });
    expect(locate(6)).toEqual({ line: 2, column: 1 });
    expect(locate(16)).toEqual({ line: 2, column: 11 }); // after the emoji, which counts 2
    expect(locate(21)).toEqual({ line: 3, column: 1 });
    expect(locate(22)).toEqual({ line: 4, column: 1 });
  });
});

describe('formatText', () => {
  it('prints aligned findings with line:column, the stats and a summary', () => {
    const text = 'Big news soon!\nWe are humbled to announce it.';
    const results: Result[] = [
      fakeChecked(text, [
        fakeFinding({ severity: 'info', message: 'An opener with no content.', ruleId: 'no-empty-opener', span: { start: 0, end: 8 } }),
        fakeFinding({ severity: 'error', message: 'Over the limit.', ruleId: 'max-length', span: { start: 22, end: 40 } }),
      ]),
      { kind: 'bad-row', source: 'plan.csv', line: 4, error: 'Missing text' },
    ];
    expect(formatText(results, plain)).toBe(
      [
        '',
        'post.txt',
        '  1:1  info   An opener with no content.  no-empty-opener',
        '  2:8  error  Over the limit.             max-length',
        '  40/280 characters on X · 8 words · 2 s to read · language en',
        '',
        'plan.csv#4',
        '  error  Line 4: Missing text',
        '',
        '✖ 3 problems (2 errors, 0 warnings, 1 info)',
        '',
      ].join('\n'),
    );
  });

  it('speaks the interface language: severities, units, reading time, summary and bad rows', () => {
    const text = 'Big news soon!\nWe are humbled to announce it.';
    const results: Result[] = [
      fakeChecked(text, [
        fakeFinding({ severity: 'info', message: 'Un\'apertura senza contenuto.', ruleId: 'no-empty-opener', span: { start: 0, end: 8 } }),
        fakeFinding({ severity: 'error', message: 'Oltre il limite.', ruleId: 'max-length', span: { start: 22, end: 40 } }),
      ]),
      { kind: 'bad-row', source: 'plan.csv', line: 4, error: 'Missing text' },
    ];
    expect(formatText(results, plain, 'it')).toBe(
      [
        '',
        'post.txt',
        "  1:1  consiglio  Un'apertura senza contenuto.  no-empty-opener",
        '  2:8  errore     Oltre il limite.              max-length',
        '  40/280 caratteri su X · 8 parole · 2 s di lettura · lingua en',
        '',
        'plan.csv#4',
        '  errore  Riga 4: Missing text',
        '',
        '✖ 3 suggerimenti (2 errori, 0 avvisi, 1 consiglio)',
        '',
      ].join('\n'),
    );
  });

  it('writes singulars, Italian numbers and no English platform name in Italian', () => {
    const report = fakeReport([fakeFinding({ severity: 'warning', span: { start: 0, end: 1 } })], {
      platform: 'reddit',
      stats: { characters: 41234, limit: 40000, graphemes: 1, words: 1, sentences: 1, readingSeconds: 1, readability: 48.2, foldAt: null },
    });
    const output = formatText([{ ...fakeChecked('x'), report }], plain, 'it');
    expect(output).toContain('  41.234/40.000 caratteri su Reddit · 1 parola · 1 s di lettura · leggibilità 48 · lingua en\n');
    expect(output).toContain('✖ 1 suggerimento (0 errori, 1 avviso, 0 consigli)');
    const generic = fakeReport([], { platform: 'generic', stats: { ...report.stats, characters: 1, limit: null } });
    const quiet = formatText([{ ...fakeChecked('x'), report: generic }, { ...fakeChecked('y'), report: generic }], plain, 'it');
    expect(quiet).toContain('  1 carattere · 1 parola');
    expect(quiet).toContain('✔ Nessun suggerimento in 2 bozze');
    expect(quiet).not.toMatch(/generic|characters?|words?|problems?|to read/i);
  });

  it('aligns the colons of multi-digit lines and columns', () => {
    const text = `${'\n'.repeat(11)}${'x'.repeat(20)}`;
    const output = formatText([fakeChecked(text, [fakeFinding({ span: { start: 0, end: 1 } }), fakeFinding({ span: { start: 30, end: 31 } })])], plain);
    expect(output).toContain('   1:1   warning');
    expect(output).toContain('  12:20  warning');
  });

  it('shows readability and long reading times, and no limit where the platform has none', () => {
    const report = fakeReport([], {
      platform: 'generic',
      language: 'it',
      stats: { characters: 1, limit: null, graphemes: 1, words: 300, sentences: 20, readingSeconds: 76, readability: 61.6, foldAt: null },
    });
    const output = formatText([{ ...fakeChecked('x'), report }], plain);
    expect(output).toContain('  1 character · 300 words · 1 min 16 s to read · readability 62 · language it\n');
    expect(output).toContain('✔ No problems in 1 draft');
  });

  it('colours only when asked', () => {
    const results = [fakeChecked('x', [fakeFinding({ severity: 'error', span: { start: 0, end: 1 } })])];
    expect(formatText(results, plain)).not.toContain('\u001b[');
    expect(formatText(results, pc.createColors(true))).toContain('\u001b[31merror');
  });
});

describe('shouldColor', () => {
  it('follows the terminal, NO_COLOR and FORCE_COLOR', () => {
    expect(shouldColor({}, true)).toBe(true);
    expect(shouldColor({}, false)).toBe(false);
    expect(shouldColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(shouldColor({ NO_COLOR: '' }, true)).toBe(true);
    expect(shouldColor({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(shouldColor({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(shouldColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, true)).toBe(false);
  });
});
