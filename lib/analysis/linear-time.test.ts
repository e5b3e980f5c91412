import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import recheckPackage from 'recheck/package.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import type { RuleExample } from './define-rule';
import { branches, hasNoUnboundedRepeat, regexesBuiltDuring, regexLiterals, type FoundRegex } from './regex-inventory';

/** Per expression; one recheck cannot decide in time is reported, not failed. */
const CHECK_TIMEOUT_MS = 10_000;

interface Attack {
  degree: number | 'exponential';
  pumps: Array<{ prefix: string; pump: string }>;
  suffix: string;
}
type Verdict = 'safe' | 'unknown' | { attack: Attack; summary: string };

/**
 * recheck models a plain backtracking matcher; V8's is smarter in places (single-character
 * lookbehinds, for one), so a polynomial attack is confirmed by running it in V8 at two sizes: four
 * times the input taking more than ten times as long (a quadratic search takes sixteen) is super-linear.
 */
function superLinearInV8(regex: FoundRegex, attack: Attack): boolean {
  if (attack.degree === 'exponential') return true;
  const build = (repeats: number) => attack.pumps.map(({ prefix, pump }) => prefix + pump.repeat(repeats)).join('') + attack.suffix;
  // The fastest of three runs, so a busy machine does not pass for a quadratic search.
  const run = (input: string) => {
    let fastest = Infinity;
    for (let attempt = 0; attempt < 3; attempt++) {
      const pattern = new RegExp(regex.source, regex.flags.includes('y') ? regex.flags : `${regex.flags}g`);
      const start = performance.now();
      if (pattern.sticky) pattern.exec(input);
      else for (const _ of input.matchAll(pattern));
      fastest = Math.min(fastest, performance.now() - start);
      if (fastest > 1000) break;
    }
    return fastest;
  };
  const small = run(build(2000));
  if (small > 1000) return true;
  const large = run(build(8000));
  return large > 100 && large > 10 * Math.max(small, 2);
}
/**
 * recheck's verdicts, committed beside this test and keyed by recheck's version and the expression
 * itself: an expression proven safe stays safe, so a run (CI's included) checks only the expressions
 * that are new or changed. Checking all of them from nothing takes about 25 minutes on two cores.
 * Each run rewrites the file with the verdicts of the expressions that exist now.
 */
const cachePath = join(import.meta.dirname, 'linear-time.verdicts.json');

async function everyRegex(): Promise<FoundRegex[]> {
  const built = await regexesBuiltDuring(async () => {
    const { createAnalyzer, rules } = await import('./index');
    (await import('./lexicon')).compileEveryLexicon();
    for (const rule of rules) {
      for (const example of [...rule.examples.flagged, ...rule.examples.ok] as RuleExample[]) {
        const draft = typeof example === 'string' ? { text: example } : example;
        const analyzer = createAnalyzer({ rules: { [rule.id]: { options: draft.options } } });
        for (const language of ['en', 'it'] as const) analyzer.analyze(draft.text, { platform: draft.platform, language });
      }
    }
  });
  const unique = new Map<string, FoundRegex>();
  for (const regex of [...regexLiterals(), ...built]) {
    // `g` and `d` change nothing about backtracking; `y` does (it anchors the search) and is kept.
    const flags = regex.flags.replace(/[gd]/g, '');
    for (const source of branches(regex.source, flags)) {
      const key = `${flags}/${source}`;
      if (!unique.has(key)) unique.set(key, { source, flags, origin: regex.origin });
    }
  }
  return [...unique.values()].filter(
    (regex) =>
      !hasNoUnboundedRepeat(regex.source, regex.flags) &&
      // A sticky copy tries fewer positions than the same expression without `y`, checked anyway.
      !(regex.flags.includes('y') && unique.has(`${regex.flags.replace('y', '')}/${regex.source}`)),
  );
}

function readCache(): Record<string, Verdict> {
  try {
    return JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, Verdict>;
  } catch {
    return {};
  }
}

describe('every regular expression in lib/analysis', () => {
  it('runs in linear time (recheck finds no super-linear backtracking)', { timeout: 120 * 60_000 }, async () => {
    const regexes = await everyRegex();
    expect(regexes.length).toBeGreaterThan(100);
    const cache = readCache();
    const vulnerable: string[] = [];
    const undecided: string[] = [];
    const falseAlarms: string[] = [];
    let unsaved = 0;
    for (const regex of regexes) {
      const key = `${recheckPackage.version}\u0000${regex.flags}/${regex.source}`;
      let verdict = cache[key];
      if (typeof verdict === 'string' && verdict.startsWith('vulnerable')) verdict = undefined;
      if (verdict === undefined) {
        const result = await check(regex.source, regex.flags, { timeout: CHECK_TIMEOUT_MS });
        verdict =
          result.status === 'vulnerable'
            ? {
                summary: `${result.complexity.summary}, attack ${result.attack.pattern.slice(0, 200)}`,
                attack: {
                  degree: result.complexity.type === 'exponential' ? 'exponential' : result.complexity.degree,
                  pumps: result.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })),
                  suffix: result.attack.suffix,
                },
              }
            : result.status;
        if (result.status !== 'unknown') cache[key] = verdict;
        if (++unsaved >= 20) {
          writeFileSync(cachePath, JSON.stringify(cache));
          unsaved = 0;
        }
      }
      if (typeof verdict === 'object') {
        const report = `${regex.origin}: /${regex.source}/${regex.flags} — ${verdict.summary}`;
        if (superLinearInV8(regex, verdict.attack)) vulnerable.push(report);
        else falseAlarms.push(report);
      }
      if (verdict === 'unknown') undecided.push(`${regex.origin}: /${regex.source.slice(0, 160)}/${regex.flags}`);
    }
    const current = new Set(regexes.map((regex) => `${recheckPackage.version}\u0000${regex.flags}/${regex.source}`));
    const kept = Object.fromEntries(Object.entries(cache).filter(([key]) => current.has(key)).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(cachePath, `${JSON.stringify(kept, null, 0)}\n`);
    if (falseAlarms.length) console.warn(`recheck's attacks that run in linear time in V8:\n${falseAlarms.join('\n')}`);
    if (undecided.length) console.warn(`recheck could not decide ${undecided.length} expressions in time:\n${undecided.join('\n')}`);
    expect(vulnerable).toEqual([]);
  });
});
