import type { Colors } from 'picocolors/types';
import { getPlatform } from '../analysis/platforms';
import type { Report, Severity } from '../analysis/schema';
import type { CheckedDraft, Result } from './check';
import { inputLabel, type BadRow } from './inputs';

/** Colour when writing to a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it, or with 0 turns it off. */
export function shouldColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(isTTY);
}

/**
 * Maps a UTF-16 offset to a 1-based line and column; the column counts UTF-16 code units, so an
 * emoji earlier on the line moves it by 2. Drafts are normalized to "\n" line breaks when read.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A message may quote a flagged phrase that spans lines; each finding stays on one line. */
const oneLine = (message: string) => message.replace(/\s*\n\s*/g, ' ');

function severityColor(c: Colors, severity: Severity): (text: string) => string {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  return rest ? `${Math.floor(seconds / 60)} min ${rest} s` : `${seconds / 60} min`;
}

export function formatStats(report: Report, c: Colors): string {
  const { characters, limit, words, readingSeconds, readability } = report.stats;
  const platform = getPlatform(report.platform);
  const length = limit === null ? plural(characters, 'character') : `${characters}/${limit} characters on ${platform.name}`;
  const parts = [
    limit !== null && characters > limit ? c.red(length) : length,
    plural(words, 'word'),
    `${formatDuration(readingSeconds)} to read`,
    ...(readability === null ? [] : [`readability ${Math.round(readability)}`]),
    `language ${report.language}`,
  ];
  return `  ${c.dim(parts.join(' · '))}`;
}

function formatChecked({ draft, report }: CheckedDraft, c: Colors): string[] {
  const locate = lineLocator(draft.text);
  const rows = report.findings.map((finding) => {
    const { line, column } = locate(finding.span.start);
    return { line: String(line), column: String(column), severity: finding.severity, message: oneLine(finding.message), ruleId: finding.ruleId };
  });
  const width = (key: 'line' | 'column' | 'severity' | 'message') => Math.max(0, ...rows.map((row) => row[key].length));
  const [lineWidth, columnWidth, severityWidth, messageWidth] = [width('line'), width('column'), width('severity'), width('message')];
  return [
    c.underline(inputLabel(draft)),
    ...rows.map(
      (row) =>
        `  ${c.dim(`${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`)}  ` +
        `${severityColor(c, row.severity)(row.severity.padEnd(severityWidth))}  ${row.message.padEnd(messageWidth)}  ${c.dim(row.ruleId)}`,
    ),
    formatStats(report, c),
  ];
}

function formatBadRow(row: BadRow, c: Colors): string[] {
  return [c.underline(inputLabel(row)), `  ${c.red('error')}  Line ${row.line}: ${row.error}`];
}

function formatSummary(results: readonly Result[], c: Colors): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (result.kind === 'bad-row') counts.error++;
    else for (const finding of result.report.findings) counts[finding.severity]++;
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return c.green(`✔ No problems in ${plural(results.length, 'draft')}`);
  const summary = `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  const color = counts.error ? c.red : counts.warning ? c.yellow : c.cyan;
  return c.bold(color(summary));
}

/**
 * `--format text`, like ESLint's "stylish": each draft's label, one aligned line per finding
 * (`line:column  severity  message  rule-id`), its stats, then a summary line.
 */
export function formatText(results: readonly Result[], c: Colors): string {
  const blocks = results.map((result) => (result.kind === 'bad-row' ? formatBadRow(result, c) : formatChecked(result, c)).join('\n'));
  return `\n${[...blocks, formatSummary(results, c)].join('\n\n')}\n`;
}
