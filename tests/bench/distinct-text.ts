/**
 * Real, distinct text for the benchmarks: the rows of the labelled corpora (tests/fixtures/corpus,
 * eval and own) of one language, each row used once per text, joined as paragraphs. Repeating a
 * paragraph would let the analyzer's sentence caches answer most of the work, which a real draft
 * never does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../lib/analysis/schema';

const corpusDir = join(import.meta.dirname, '..', 'fixtures', 'corpus');

function loadRows(): Record<Language, string[]> {
  const rows: Record<Language, string[]> = { en: [], it: [] };
  const seen = new Set<string>();
  for (const folder of ['eval', 'own']) {
    for (const file of readdirSync(join(corpusDir, folder)).filter((name) => name.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(corpusDir, folder, file), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { text?: unknown; lang?: unknown };
        if (typeof row.text !== 'string' || (row.lang !== 'en' && row.lang !== 'it')) continue;
        const text = row.text.trim();
        if (!text || seen.has(text)) continue;
        seen.add(text);
        rows[row.lang].push(text);
      }
    }
  }
  return rows;
}

export const corpusRows = loadRows();

/** How many characters of distinct text a language has: the longest text `distinctText` can build. */
export function corpusLength(language: Language): number {
  return corpusRows[language].reduce((sum, row) => sum + row.length + 2, 0);
}

/**
 * `length` characters (cut on a code-point boundary) of the language's rows joined by blank lines,
 * starting from row `first` and wrapping round the list. No row appears twice as long as `length`
 * is at most `corpusLength(language)`.
 */
export function distinctText(language: Language, length: number, first = 0): string {
  const rows = corpusRows[language];
  if (length > corpusLength(language)) throw new Error(`only ${corpusLength(language)} distinct characters of ${language} text`);
  let text = '';
  for (let i = 0; text.length < length; i++) {
    text += (text ? '\n\n' : '') + rows[(first + i) % rows.length]!;
  }
  let end = length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}
