import type { Colors } from 'picocolors/types';
import { getPlatform } from '../analysis/platforms';
import type { Language, Report, Severity } from '../analysis/schema';
import type { CheckedDraft, Result } from './check';
import { inputLabel, type BadRow } from './inputs';
import { cliText, type CliText } from './messages';

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

export function formatStats(report: Report, c: Colors, t: CliText = cliText('en')): string {
  const { characters, limit, words, readingSeconds, readability } = report.stats;
  const platform = getPlatform(report.platform);
  const length = limit === null ? t.count('characters', characters) : t('lengthOn', { count: characters, limit, platform: platform.name });
  const parts = [
    limit !== null && characters > limit ? c.red(length) : length,
    t.count('words', words),
    t('readingTime', { duration: formatDuration(readingSeconds) }),
    ...(readability === null ? [] : [t('readability', { score: Math.round(readability) })]),
    t('language', { language: report.language }),
  ];
  return `  ${c.dim(parts.join(' · '))}`;
}

function formatChecked({ draft, report }: CheckedDraft, c: Colors, t: CliText): string[] {
  const locate = lineLocator(draft.text);
  const rows = report.findings.map((finding) => {
    const { line, column } = locate(finding.span.start);
    return {
      line: String(line),
      column: String(column),
      severity: finding.severity,
      label: t(`severity.${finding.severity}`),
      message: oneLine(finding.message),
      ruleId: finding.ruleId,
    };
  });
  const width = (key: 'line' | 'column' | 'label' | 'message') => Math.max(0, ...rows.map((row) => row[key].length));
  const [lineWidth, columnWidth, severityWidth, messageWidth] = [width('line'), width('column'), width('label'), width('message')];
  return [
    c.underline(inputLabel(draft)),
    ...rows.map(
      (row) =>
        `  ${c.dim(`${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`)}  ` +
        `${severityColor(c, row.severity)(row.label.padEnd(severityWidth))}  ${row.message.padEnd(messageWidth)}  ${c.dim(row.ruleId)}`,
    ),
    formatStats(report, c, t),
  ];
}

function formatBadRow(row: BadRow, c: Colors, t: CliText): string[] {
  return [c.underline(inputLabel(row)), `  ${c.red(t('severity.error'))}  ${t('badRow', { line: row.line, error: row.error })}`];
}

function formatSummary(results: readonly Result[], c: Colors, t: CliText): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (result.kind === 'bad-row') counts.error++;
    else for (const finding of result.report.findings) counts[finding.severity]++;
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return c.green(t('noProblems', { drafts: t.count('drafts', results.length) }));
  const summary = t('summary', {
    problems: t.count('problems', total),
    errors: t.count('errors', counts.error),
    warnings: t.count('warnings', counts.warning),
    infos: t.count('infos', counts.info),
  });
  const color = counts.error ? c.red : counts.warning ? c.yellow : c.cyan;
  return c.bold(color(summary));
}

/**
 * `--format text`, like ESLint's "stylish": each draft's label, one aligned line per finding
 * (`line:column  severity  message  rule-id`), its stats, then a summary line, all in `uiLanguage`.
 */
export function formatText(results: readonly Result[], c: Colors, uiLanguage: Language = 'en'): string {
  const t = cliText(uiLanguage);
  const blocks = results.map((result) => (result.kind === 'bad-row' ? formatBadRow(result, c, t) : formatChecked(result, c, t)).join('\n'));
  return `\n${[...blocks, formatSummary(results, c, t)].join('\n\n')}\n`;
}
