import { parse as parseCsvRecords } from 'csv-parse/sync';
import * as z from 'zod';
import { LanguageSchema, PlatformIdSchema, type Language, type PlatformId } from '../analysis/schema';
import { STDIN, type OutputFormat } from './args';
import { describeIssue } from './describe-issue';
import { cliText } from './messages';

export const STDIN_LABEL = '<stdin>';

/** An input that cannot be read at all (a missing file, a CSV without a "text" column): exit code 2, nothing checked. */
export class InputError extends Error {
  override name = 'InputError';
}

/** One draft to analyse: a whole file, or one row of a batch (JSON lines, CSV). */
export interface Draft {
  kind: 'draft';
  /** The file it came from, or <stdin>. */
  source: string;
  /** Rows only: the row's id, or the line where the row starts when it has none. */
  id?: string | number;
  text: string;
  platform?: PlatformId;
  language?: Language;
}

/** A batch row that could not be read; the other rows are still checked. */
export interface BadRow {
  kind: 'bad-row';
  source: string;
  id?: string | number;
  /** The line of the source where the row starts (1-based). */
  line: number;
  error: string;
}

export type Input = Draft | BadRow;

export type InputKind = 'text' | 'jsonl' | 'csv';

/** Where a draft or a bad row is reported: `file` for a whole file, `file#id` (or `file#line`) for a row. */
export function inputLabel(input: Input): string {
  const row = input.kind === 'bad-row' ? (input.id ?? input.line) : input.id;
  return row === undefined ? input.source : `${input.source}#${row}`;
}

export function inputKind(file: string, format: OutputFormat): InputKind {
  const name = file.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (format === 'jsonl' || name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'jsonl';
  return 'text';
}

/**
 * Compose boxes hold "\n" line breaks only: a Windows file's "\r\n" would count twice toward a
 * platform's limit, and an editor's byte-order mark would count as a character.
 */
export function normalizeText(content: string): string {
  return content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const RowSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'expected a string or a number' }).optional(),
  text: z.string(),
  platform: PlatformIdSchema.optional(),
  lang: LanguageSchema.optional(),
});
type RowField = keyof z.infer<typeof RowSchema>;

/** Spreadsheets and exporters write "LinkedIn", " it" or null where a plain id is meant. */
function normalizeChoice(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value !== 'string') return value;
  const choice = value.trim().toLowerCase();
  return choice === '' ? undefined : choice;
}

function readRow(row: Record<string, unknown>, source: string, line: number, language: Language): Input {
  const fields: Record<RowField, unknown> = {
    id: typeof row.id === 'string' ? row.id.trim() || undefined : (row.id ?? undefined),
    text: row.text === null ? undefined : row.text,
    platform: normalizeChoice(row.platform),
    lang: normalizeChoice(row.lang),
  };
  const parsed = RowSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0]) as RowField;
    const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? fields.id : undefined;
    return { kind: 'bad-row', source, id, line, error: describeIssue(issue, field, fields[field] === undefined ? undefined : row[field], language) };
  }
  const { id, text, platform, lang } = parsed.data;
  return { kind: 'draft', source, id: id ?? line, text: normalizeText(text), platform, language: lang };
}

/** JSON lines: one `{ id, text, platform?, lang? }` per line; blank lines are skipped. Problems are described in `language`. */
export function parseJsonl(content: string, source: string, language: Language = 'en'): Input[] {
  const t = cliText(language);
  const inputs: Input[] = [];
  normalizeText(content)
    .split('\n')
    .forEach((text, index) => {
      const line = index + 1;
      if (text.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        // V8's message quotes the start of the line, which may be a draft: keep only the position.
        const position = /at position (\d+)/.exec(String(error))?.[1];
        const problem = position === undefined ? t('input.notJson') : t('input.notJsonAt', { column: Number(position) + 1 });
        inputs.push({ kind: 'bad-row', source, line, error: problem });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        inputs.push({ kind: 'bad-row', source, line, error: t('input.notObject') });
        return;
      }
      inputs.push(readRow(value as Record<string, unknown>, source, line, language));
    });
  return inputs;
}

/** The delimiter is the one the header row uses most, outside quotes: "," or ";" (Excel in much of Europe). */
export function detectDelimiter(csv: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of csv) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') break;
    else if (char === ',') commas++;
    else if (char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

const csvErrors = {
  CSV_QUOTE_NOT_CLOSED: 'input.csvQuoteNotClosed',
  CSV_INVALID_CLOSING_QUOTE: 'input.csvInvalidClosingQuote',
} as const;
const isKnownCsvError = (code: string): code is keyof typeof csvErrors => Object.hasOwn(csvErrors, code);

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** CSV with a header row: a "text" column, and optional "id", "platform" and "lang" columns. Problems are described in `language`. */
export function parseCsv(content: string, source: string, language: Language = 'en'): Input[] {
  const t = cliText(language);
  const csv = normalizeText(content);
  const delimiter = detectDelimiter(csv);
  const found: { line: number; input: Input }[] = [];
  const addBadRow = (line: number, error: string, id?: string) => found.push({ line, input: { kind: 'bad-row', source, id, line, error } });
  const records = parseCsvRecords(csv, {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error) => {
      const line = typeof error?.lines === 'number' ? error.lines : 0;
      // The parser can stumble more than once on the same broken row.
      if (error && found.at(-1)?.line !== line) {
        addBadRow(line, isKnownCsvError(error.code) ? t(csvErrors[error.code]) : t('input.notCsv', { code: error.code }));
      }
      return undefined;
    },
  }) as unknown as CsvRecord[];

  const [header, ...rows] = records;
  const columns = header?.record.map((name) => name.trim().toLowerCase()) ?? [];
  if (!columns.includes('text')) {
    throw new InputError(t('input.noTextColumn', { source }));
  }
  for (const { record, info } of rows) {
    // Rows of empty cells are what spreadsheets leave below the data.
    if (record.every((cell) => cell.trim() === '')) continue;
    // info.lines is where the row ends; quoted cells may span lines.
    const line = info.lines - record.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0);
    const cell = (name: string) => {
      const index = columns.indexOf(name);
      return index < 0 ? undefined : record[index];
    };
    if (record.slice(columns.length).some((extra) => extra.trim() !== '')) {
      const error = t('input.cellCount', { cells: record.length, columns: columns.length, delimiter });
      addBadRow(line, error, cell('id')?.trim() || undefined);
      continue;
    }
    found.push({ line, input: readRow({ id: cell('id'), text: cell('text'), platform: cell('platform'), lang: cell('lang') }, source, line, language) });
  }
  return found.sort((a, b) => a.line - b.line).map((entry) => entry.input);
}

export function parseInput(content: string, file: string, format: OutputFormat, language: Language = 'en'): Input[] {
  const source = file === STDIN ? STDIN_LABEL : file;
  switch (inputKind(file, format)) {
    case 'csv':
      return parseCsv(content, source, language);
    case 'jsonl':
      return parseJsonl(content, source, language);
    case 'text':
      // Editors end a file with a line break that is no part of the post.
      return [{ kind: 'draft', source, text: normalizeText(content).replace(/\n$/, '') }];
  }
}

const readErrors = {
  ENOENT: 'input.noSuchFile',
  EISDIR: 'input.isDirectory',
  EACCES: 'input.permissionDenied',
  EPERM: 'input.permissionDenied',
} as const;
const isKnownReadError = (code: string): code is keyof typeof readErrors => Object.hasOwn(readErrors, code);

export function describeReadError(file: string, error: unknown, language: Language = 'en'): string {
  const t = cliText(language);
  const code = (error as NodeJS.ErrnoException)?.code ?? '';
  const reason = isKnownReadError(code) ? t(readErrors[code]) : String((error as Error)?.message ?? error);
  return t('input.cannotRead', { file: file === STDIN ? t('input.standardInput') : file, reason });
}

/**
 * `read(file)` returns a file's content, or standard input's for `-`. All files are read before any is
 * checked. Problems are described in `language`.
 */
export async function readInputs(
  files: readonly string[],
  format: OutputFormat,
  read: (file: string) => Promise<string>,
  language: Language = 'en',
): Promise<Input[]> {
  const sources = files.length ? files : [STDIN];
  const contents = await Promise.all(
    sources.map((file) => read(file).then((content) => ({ file, content }), (error: unknown) => ({ file, error: describeReadError(file, error, language) }))),
  );
  const unreadable = contents.flatMap((entry) => ('error' in entry ? [entry.error] : []));
  if (unreadable.length) throw new InputError(unreadable.join('\n'));
  return contents.flatMap((entry) => ('content' in entry ? parseInput(entry.content, entry.file, format, language) : []));
}
