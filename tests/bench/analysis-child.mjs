/**
 * Runs one measure of `npm run bench` in a fresh Node process, on the analyser bundled the way the
 * background bundles it, and prints the result as one JSON line. A fresh process is the only honest
 * cold start, and a separate one per pathological shape lets the benchmark stop a shape that stalls.
 *
 * Usage: node [--expose-gc] analysis-child.mjs <bundle.mjs> <task> <input.json>
 *   cold:  import + first report of `input.text`
 *   shape: worst time of a fresh analyzer on `input.text`, in English and in Italian
 *   heap:  heap used after one analyzer analysed every draft of `input.drafts`
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundlePath, task, inputPath] = process.argv.slice(2);
const input = JSON.parse(readFileSync(inputPath, 'utf8'));

const started = performance.now();
const { createAnalyzer } = await import(pathToFileURL(bundlePath).href);

if (task === 'cold') {
  createAnalyzer().analyze(input.text, { platform: 'linkedin' });
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms }));
} else if (task === 'shape') {
  createAnalyzer().analyze('Warm up the analyser. Riscaldiamo anche l’italiano.', {});
  let worst = 0;
  for (const language of ['en', 'it']) {
    const start = performance.now();
    createAnalyzer().analyze(input.text, { platform: 'generic', language });
    worst = Math.max(worst, performance.now() - start);
  }
  console.log(JSON.stringify({ ms: worst }));
} else if (task === 'heap') {
  globalThis.gc();
  const baseline = process.memoryUsage().heapUsed;
  const analyzer = createAnalyzer();
  input.drafts.forEach((draft, i) => analyzer.analyze(draft.text, { platform: draft.platform, uiLanguage: i % 2 ? 'it' : 'en' }));
  globalThis.gc();
  const after = process.memoryUsage().heapUsed;
  console.log(JSON.stringify({ baselineMb: baseline / 2 ** 20, afterMb: after / 2 ** 20 }));
} else {
  throw new Error(`unknown task ${task}`);
}
