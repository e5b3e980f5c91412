/**
 * `npm run bench`: how long the analysis takes on English and Italian posts of 280, 3,000 and 60,000
 * characters — a first analysis with a fresh analyzer, a re-analysis after a one-character edit with a
 * warm one (what happens while someone types) — and harper.js linting the same English text in the
 * same run, as a reference for what "fast" means for a local writing checker.
 */
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { createAnalyzer } from '../../lib/analysis/index';
import type { Language } from '../../lib/analysis/schema';

const paragraphs: Record<Language, string[]> = {
  en: [
    'We cut our onboarding time from three weeks to five days. Here is what changed, step by step.',
    'First, every new hire gets a buddy for the first month. The buddy is not their manager, and that matters: people ask the questions they would never ask a boss.',
    'Second, we wrote down the ten things everyone asks in week one. The answers live in one page, and the page is reviewed every quarter by the last three people who joined.',
    'Third, the first task ships to production on day two. It is small on purpose. Shipping early builds confidence faster than any slide deck.',
    'What did not work? Long recorded videos. Nobody watched them past minute four, so we replaced them with short written guides and a weekly live Q&A.',
    'If you run onboarding in your team, which of these would you try first? I am curious what worked for you.',
  ],
  it: [
    'Abbiamo ridotto i tempi di inserimento dei nuovi colleghi da tre settimane a cinque giorni. Ecco cosa abbiamo cambiato, passo dopo passo.',
    'Primo, ogni persona appena arrivata ha un collega di riferimento per il primo mese. Non è il suo responsabile, e questo conta: si fanno le domande che a un capo non si farebbero mai.',
    'Secondo, abbiamo scritto le dieci domande che tutti fanno nella prima settimana. Le risposte stanno in una sola pagina, rivista ogni trimestre dalle ultime tre persone entrate.',
    'Terzo, il primo compito va in produzione il secondo giorno. È piccolo apposta: pubblicare presto dà più fiducia di qualsiasi presentazione.',
    'Cosa non ha funzionato? I video registrati lunghi. Nessuno li guardava oltre il quarto minuto, così li abbiamo sostituiti con guide scritte brevi e una sessione di domande dal vivo ogni settimana.',
    'Se vi occupate di inserimento nel vostro team, quale di queste idee provereste per prima? Sono curioso di sapere cosa ha funzionato per voi.',
  ],
};

function post(language: Language, length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) {
    const paragraph = paragraphs[language][i % paragraphs[language].length]!;
    text += (text ? '\n\n' : '') + paragraph;
  }
  return text.slice(0, length);
}

interface Timing {
  median: number;
  p95: number;
}

async function time(run: (iteration: number) => unknown, { runs, budgetMs }: { runs: number; budgetMs: number }): Promise<Timing> {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs && (i < 5 || performance.now() - started < budgetMs); i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const format = (t: Timing) => `${t.median.toFixed(2)} / ${t.p95.toFixed(2)}`;
const sizes = [280, 3000, 60000];
const budgets: Record<number, { runs: number; budgetMs: number }> = {
  280: { runs: 300, budgetMs: 3000 },
  3000: { runs: 150, budgetMs: 4000 },
  60000: { runs: 20, budgetMs: 8000 },
};

// Load-time costs (compromise's lexicon, harper's WebAssembly) are paid once and reported apart.
const setupStart = performance.now();
createAnalyzer().analyze(post('en', 3000));
createAnalyzer().analyze(post('it', 3000));
const analyzerWarmup = performance.now() - setupStart;
const harperStart = performance.now();
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();
await harper.lint('Warm up the linter.');
const harperSetup = performance.now() - harperStart;

console.log(`Node ${process.version}, ${process.platform}/${process.arch}; times in ms, median / p95`);
console.log(`One-time start-up: Post Coach ${analyzerWarmup.toFixed(0)} ms (first analyses), harper.js ${harperSetup.toFixed(0)} ms\n`);
console.log('| language | characters | full analysis (fresh analyzer) | re-analysis after a 1-character edit | harper.js lint | Post Coach ÷ harper.js (median) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const language of ['en', 'it'] as const) {
  for (const size of sizes) {
    const text = post(language, size);
    const full = await time(() => createAnalyzer().analyze(text, { platform: 'generic' }), budgets[size]!);
    const warm = createAnalyzer();
    warm.analyze(text, { platform: 'generic' });
    const edit = await time((i) => {
      // Type and delete a character at moving places in the text, as a writer does.
      const at = Math.floor(((i * 7919) % 1000) / 1000 * text.length);
      const edited = i % 2 ? text : text.slice(0, at) + 'x' + text.slice(at);
      return warm.analyze(edited, { platform: 'generic' });
    }, budgets[size]!);
    let harperCell = '—';
    let ratio = '—';
    if (language === 'en') {
      const lint = await time(() => harper.lint(text), { ...budgets[size]!, runs: Math.min(budgets[size]!.runs, size > 10000 ? 5 : 40) });
      harperCell = format(lint);
      ratio = (full.median / lint.median).toFixed(2);
    }
    console.log(`| ${language} | ${size.toLocaleString('en')} | ${format(full)} | ${format(edit)} | ${harperCell} | ${ratio} |`);
  }
}
