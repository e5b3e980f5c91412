/**
 * Times each rule of a warm analyzer while typing into a long draft of distinct text, to find work
 * that does not shrink with the edit. Usage: npx tsx tests/bench/profile-typing.ts [en|it] [size] [edits]
 * (run under `node --cpu-prof --import tsx` for a full profile).
 */
import { createAnalyzer as createEngine } from '../../lib/analysis/engine';
import { rules } from '../../lib/analysis/registry';
import type { Language } from '../../lib/analysis/schema';
import { distinctText } from './distinct-text';

const language = (process.argv[2] ?? 'en') as Language;
const size = Number(process.argv[3] ?? 60000);
const edits = Number(process.argv[4] ?? 60);
const typed = 'the quick brown fox jumps over the lazy dog ';

const spent = new Map<string, number>();
const timed = rules.map((rule) => ({
  ...rule,
  check(ctx: never) {
    const start = performance.now();
    try {
      return (rule.check as (c: never) => void)(ctx);
    } finally {
      spent.set(rule.id, (spent.get(rule.id) ?? 0) + performance.now() - start);
    }
  },
}));
const analyzer = createEngine(undefined, timed as never);
let text = distinctText(language, size, 0);
analyzer.analyze(text, { platform: 'generic' });
spent.clear();
let total = 0;
const cpuStart = process.cpuUsage();
for (let i = 0; i < edits; i++) {
  const char = typed[i % typed.length]!;
  if (i % 2) {
    const at = Math.floor(text.length / 2);
    text = text.slice(0, at) + char + text.slice(at);
  } else text += char;
  const start = performance.now();
  analyzer.analyze(text, { platform: 'generic' });
  total += performance.now() - start;
}
const cpu = process.cpuUsage(cpuStart);
const inRules = [...spent.values()].reduce((a, b) => a + b, 0);
console.log(`${language} ${size}: ${(total / edits).toFixed(2)} ms per edit (processor ${((cpu.user + cpu.system) / 1000 / edits).toFixed(2)} ms); rules ${(inRules / edits).toFixed(2)} ms, engine ${((total - inRules) / edits).toFixed(2)} ms`);
for (const [id, ms] of [...spent].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${id.padEnd(32)} ${(ms / edits).toFixed(3)} ms`);
