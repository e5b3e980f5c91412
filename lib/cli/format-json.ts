import type { Result } from './check';
import { STDIN_LABEL } from './inputs';

/** `--format json`: one array of `{ file, id?, report }`, and `{ file, id?, line, error }` for bad rows. */
export function formatJson(results: readonly Result[]): string {
  const documents = results.map((result) => {
    if (result.kind === 'bad-row') {
      const { source, id, line, error } = result;
      return { file: source, ...(id !== undefined && { id }), line, error };
    }
    const { source, id } = result.draft;
    return { file: source, ...(id !== undefined && { id }), report: result.report };
  });
  return `${JSON.stringify(documents, null, 2)}\n`;
}

/**
 * `--format jsonl`: one line per row, `{ id, ...report }` or `{ id?, line, error }`. Rows read from a
 * named file also carry `file`, since ids need not be unique across files.
 */
export function formatJsonl(results: readonly Result[]): string {
  return results
    .map((result) => {
      const { source, id } = result.kind === 'bad-row' ? result : result.draft;
      const origin = { ...(id !== undefined && { id }), ...(source !== STDIN_LABEL && { file: source }) };
      const body = result.kind === 'bad-row' ? { line: result.line, error: result.error } : result.report;
      return `${JSON.stringify({ ...origin, ...body })}\n`;
    })
    .join('');
}
