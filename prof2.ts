import { createAnalyzer as engine } from './lib/analysis/engine';
import { findRule } from './lib/analysis/registry';
const paragraphs = [
  'We cut our onboarding time from three weeks to five days. Here is what changed, step by step.',
  'First, every new hire gets a buddy for the first month. The buddy is not their manager, and that matters: people ask the questions they would never ask a boss.',
  'Second, we wrote down the ten things everyone asks in week one. The answers live in one page, and the page is reviewed every quarter by the last three people who joined.',
];
let text = ''; for (let i = 0; text.length < 3000; i++) text += (text ? '\n\n' : '') + paragraphs[i % 3];
const a = engine(undefined, [findRule(process.argv[2]!)!]);
a.analyze(text);
const n = 400; let t = performance.now();
for (let i = 0; i < n; i++) { const at = (i * 7919) % text.length; a.analyze(i % 2 ? text : text.slice(0, at) + 'x' + text.slice(at)); }
console.log(process.argv[2], ((performance.now() - t) / n).toFixed(3));
