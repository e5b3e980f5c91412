/**
 * Prints recall per category and the false-alarm rate for every corpus file (`npm run eval`):
 * the own corpus (a regression suite, optimistic by construction), the dev and test halves of the
 * real datasets, the blind posts and the fresh posts. `--misses` lists each missed positive and false
 * alarm, but only for the own corpus and the dev halves: test rows, blind and fresh posts are scored,
 * never read while tuning.
 * `--file NAME` keeps one file.
 */
import { categoryIds } from '../../lib/analysis/schema';
import { evaluate, loadCorpusDir } from './evaluate';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const readable = new Set(['own', 'eval/dev']);

for (const folder of ['own', 'eval/dev', 'eval/test', 'blind', 'fresh']) {
  for (const [name, rows] of loadCorpusDir(folder)) {
    if (only && !name.includes(only)) continue;
    const result = evaluate(rows);
    const recall = categoryIds
      .filter((category) => result.recall[category])
      .map((category) => {
        const { detected, positives, recall: value } = result.recall[category]!;
        return `${category} ${percent(value)} (${detected}/${positives})`;
      })
      .join(', ');
    const { alarms, negatives, rate } = result.falseAlarms;
    const byCategory = categoryIds
      .filter((category) => result.falseAlarmsByCategory[category]?.alarms)
      .map((category) => {
        const entry = result.falseAlarmsByCategory[category]!;
        return `${category} ${percent(entry.rate)}`;
      })
      .join(', ');
    console.log(
      `${folder}/${name}: ${result.rows} rows | recall: ${recall || '—'} | false alarms: ${percent(rate)} (${alarms}/${negatives})${byCategory ? ` [${byCategory}]` : ''} | language ${percent(result.languageAccuracy)}`,
    );
    if (showMisses && readable.has(folder)) {
      for (const miss of result.misses) {
        console.log(`  ${miss.kind} ${miss.category} ${miss.id} [${miss.flagged.join(' ')}] ${JSON.stringify(miss.text.slice(0, 160))}`);
      }
    }
  }
}
