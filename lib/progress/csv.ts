import { categoryIds } from '../analysis/ids';
import type { History } from './schema';

/** A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180). */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_COLUMNS = ['date', 'drafts', 'published', 'average_score', ...categoryIds.map((category) => `findings_${category}`), 'rules'] as const;

/**
 * The history as CSV, one row per day, oldest first: drafts checked, drafts published, the average
 * score, findings per category, and findings per rule as `rule-id:count` pairs separated by spaces.
 * The column names are ids, the same in every language, so a spreadsheet or a script can read them.
 */
export function historyToCsv(history: History): string {
  const rows = history.days.map((day) => {
    const scores = day.posts.map((post) => post.score);
    const averageScore = scores.length ? (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1) : '';
    const rules = Object.entries(day.rules)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ruleId, count]) => `${ruleId}:${count}`)
      .join(' ');
    return [day.date, day.drafts, day.published, averageScore, ...categoryIds.map((category) => day.categories[category] ?? 0), rules];
  });
  return [CSV_COLUMNS, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
