/**
 * `npm run bench` (add `-- --readme` to rewrite the README's speed section from the result).
 *
 * What it measures, all on distinct real text (see distinct-text.ts) and in one run:
 * - full analysis of 280, 3,000 and 60,000 characters in English and Italian, each run with a fresh
 *   analyzer (280 and 3,000: a different text every run, starting at a different corpus row);
 * - typing: one character appended at the end, and one inserted in the middle, each analysed by a warm
 *   analyzer against the previous state (the text keeps growing, nothing is ever put back);
 * - harper.js linting the same text in the same run, as a reference for a fast local checker;
 * - the cold start in a fresh Node process (import of the analyser, bundled as the background bundles
 *   it, plus the first report), and the size of the built background script;
 * - pathological shapes of 200,000 characters (the message cap), each in its own process, stopped
 *   after SHAPE_TIMEOUT_MS; the worst one is reported;
 * - the heap after one analyzer analysed 1,000 distinct drafts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { createAnalyzer } from '../../lib/analysis/index';
import { platforms } from '../../lib/analysis/platforms';
import type { Language } from '../../lib/analysis/schema';
import { MAX_DRAFT_LENGTH } from '../../lib/messaging/protocol';
import { corpusRows, distinctText } from './distinct-text';

const root = join(import.meta.dirname, '..', '..');
const writeReadme = process.argv.includes('--readme');
const SHAPE_TIMEOUT_MS = 10_000;
const COLD_RUNS = 5;
const HEAP_DRAFTS = 1000;

interface Timing {
  median: number;
  p95: number;
}

function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time(runs: number, run: (iteration: number) => unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const cell = (t: Timing) => `${ms(t.median)} / ${ms(t.p95)}`;

const sizes = [280, 3000, 60000] as const;
const runs: Record<(typeof sizes)[number], { full: number; edits: number; harper: number }> = {
  280: { full: 200, edits: 300, harper: 40 },
  3000: { full: 100, edits: 300, harper: 20 },
  60000: { full: 8, edits: 60, harper: 3 },
};
/** Typed in turn: letters and spaces, as in prose. */
const typed = 'the quick brown fox jumps over the lazy dog ';

const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();
await harper.lint('Warm up the linter.');
// The analyser's own load (and its first analyses) is measured apart, in a fresh process, below.
createAnalyzer().analyze(distinctText('en', 3000, 500));
createAnalyzer().analyze(distinctText('it', 3000, 500));

interface SpeedRow {
  language: Language;
  size: number;
  full: Timing;
  append: Timing;
  insert: Timing;
  harper: Timing;
}
const speed: SpeedRow[] = [];
for (const language of ['en', 'it'] as const) {
  for (const size of sizes) {
    const plan = runs[size];
    const rowsPerText = Math.max(1, Math.round(corpusRows[language].length / plan.full));
    const texts = Array.from({ length: size > 10_000 ? 1 : plan.full }, (_, i) => distinctText(language, size, i * rowsPerText));
    const full = await time(plan.full, (i) => createAnalyzer().analyze(texts[i % texts.length]!, { platform: 'generic' }));

    const warm = createAnalyzer();
    let text = texts[0]!;
    warm.analyze(text, { platform: 'generic' });
    const appendSamples: number[] = [];
    const insertSamples: number[] = [];
    for (let i = 0; i < plan.edits; i++) {
      const char = typed[i % typed.length]!;
      const middle = i % 2 === 1;
      if (middle) {
        const at = Math.floor(text.length / 2);
        text = text.slice(0, at) + char + text.slice(at);
      } else {
        text += char;
      }
      const start = performance.now();
      warm.analyze(text, { platform: 'generic' });
      (middle ? insertSamples : appendSamples).push(performance.now() - start);
    }
    const lint = await time(plan.harper, () => harper.lint(texts[0]!));
    speed.push({ language, size, full, append: summarise(appendSamples), insert: summarise(insertSamples), harper: lint });
  }
}

// The analyser as the background gets it: bundled and minified for the browser, then run by Node.
const work = mkdtempSync(join(tmpdir(), 'post-coach-bench-'));
const bundle = join(work, 'analysis.mjs');
await build({
  entryPoints: [join(root, 'lib/analysis/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  outfile: bundle,
  logLevel: 'error',
});
const child = join(import.meta.dirname, 'analysis-child.mjs');

function runChild(task: string, input: unknown, { timeoutMs = 60_000, nodeArgs = [] as string[] } = {}): Promise<Record<string, number> | null> {
  const inputPath = join(work, `${task}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(inputPath, JSON.stringify(input));
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...nodeArgs, child, bundle, task, inputPath], { timeout: timeoutMs, maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error && error.killed) return resolve(null);
      if (error) return reject(error);
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number>);
    });
  });
}

const coldSamples: number[] = [];
for (let i = 0; i < COLD_RUNS; i++) coldSamples.push((await runChild('cold', { text: distinctText('en', 280, 40 + i) }))!.ms!);
const cold = summarise(coldSamples);

const backgroundPath = join(root, '.output/chrome-mv3/background.js');
const background = existsSync(backgroundPath) ? readFileSync(backgroundPath) : null;

const longLine = (() => {
  let line = '';
  for (let i = 0; line.length < MAX_DRAFT_LENGTH; i++) line += (line ? ' ' : '') + corpusRows.en[i % corpusRows.en.length]!.replace(/\s+/g, ' ');
  return line;
})();
const fill = (unit: string) => unit.repeat(Math.ceil(MAX_DRAFT_LENGTH / unit.length)).slice(0, MAX_DRAFT_LENGTH);
const shapes: Array<[string, string]> = [
  ['spaces', fill(' ')],
  ['digits', fill('7')],
  ['one letter', fill('a')],
  ['capital letters', fill('A')],
  ['#', fill('#')],
  ['@', fill('@')],
  ['!', fill('!')],
  ['emoji', fill('😀')],
  ['accented letter', fill('é')],
  ['`password=` repeated', fill('password=')],
  ['`http://a.b/ ` repeated', fill('http://a.b/ ')],
  ['`#tag ` repeated', fill('#tag ')],
  ['one very long line of prose', longLine],
];
const shapeResults: Array<{ name: string; ms: number | null }> = [];
for (const [name, text] of shapes) {
  const result = await runChild('shape', { text }, { timeoutMs: SHAPE_TIMEOUT_MS });
  shapeResults.push({ name, ms: result ? result.ms! : null });
}
const worstShape = shapeResults.reduce((worst, shape) => ((shape.ms ?? Infinity) > (worst.ms ?? Infinity) ? shape : worst));
const shapeCell = (value: number | null) => (value === null ? `> ${SHAPE_TIMEOUT_MS / 1000} s (stopped)` : `${ms(value)} ms`);

const platformIds = Object.keys(platforms);
const drafts = Array.from({ length: HEAP_DRAFTS }, (_, i) => {
  const language: Language = i % 3 === 2 ? 'it' : 'en';
  const length = [280, 1200, 3000][i % 3]!;
  return { text: distinctText(language, length, i * 7), platform: platformIds[i % platformIds.length] };
});
const heap = (await runChild('heap', { drafts }, { nodeArgs: ['--expose-gc'] }))!;
rmSync(work, { recursive: true, force: true });

const lines: string[] = [];
lines.push(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${loadavg()[0]!.toFixed(1)} at the start; milliseconds, median / p95.`);
lines.push('');
lines.push('| language | characters | full analysis (fresh analyzer) | typing: a character appended | typing: a character inserted in the middle | harper.js lint, same text | full ÷ harper.js |');
lines.push('|---|---:|---:|---:|---:|---:|---:|');
for (const row of speed) {
  lines.push(`| ${row.language} | ${row.size.toLocaleString('en')} | ${cell(row.full)} | ${cell(row.append)} | ${cell(row.insert)} | ${cell(row.harper)} | ${(row.full.median / row.harper.median).toFixed(2)} |`);
}
lines.push('');
lines.push('| measure | result |');
lines.push('|---|---:|');
lines.push(`| cold start: import + first report in a fresh Node process (median of ${COLD_RUNS}) | ${ms(cold.median)} ms |`);
lines.push(
  background
    ? `| background script (.output/chrome-mv3/background.js), raw / gzipped | ${(background.length / 1000).toFixed(0)} kB / ${(gzipSync(background).length / 1000).toFixed(0)} kB |`
    : '| background script | not built (run `npm run build`) |',
);
lines.push(`| worst pathological shape at ${MAX_DRAFT_LENGTH.toLocaleString('en')} characters: ${worstShape.name} | ${shapeCell(worstShape.ms)} |`);
lines.push(`| heap after ${HEAP_DRAFTS.toLocaleString('en')} distinct drafts by one analyzer (after GC; ${ms(heap.baselineMb!)} MB after import) | ${ms(heap.afterMb!)} MB |`);
lines.push('');
lines.push(`Pathological shapes, ${MAX_DRAFT_LENGTH.toLocaleString('en')} characters each, worst of English and Italian with a fresh analyzer:`);
lines.push('');
lines.push('| shape | time |');
lines.push('|---|---:|');
for (const shape of shapeResults) lines.push(`| ${shape.name} | ${shapeCell(shape.ms)} |`);
const table = lines.join('\n');
console.log(table);

if (writeReadme) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:analysis -->';
  const end = '<!-- /bench:analysis -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} section to rewrite`);
  writeFileSync(readmePath, `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
  console.log('\nREADME.md speed section rewritten.');
}
