import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, historyToCsv } from './csv';
import { draftEntry } from './entry';
import { recordDraft } from './record';
import { emptyHistory } from './schema';
import { seededHistory } from './testing';

describe('historyToCsv', () => {
  it('writes a header and one row per day, oldest first, that a CSV reader reads back', () => {
    let history = recordDraft(emptyHistory(), draftEntry([{ ruleId: 'no-teaser', category: 'reader-value', severity: 'warning' }], 'draft1', 'published'), '2026-03-02');
    history = recordDraft(history, draftEntry([], 'draft2', 'left'), '2026-03-02');
    history = recordDraft(
      history,
      draftEntry(
        [
          { ruleId: 'no-shouting', category: 'inappropriate', severity: 'warning' },
          { ruleId: 'no-hard-sell', category: 'self-promotion', severity: 'warning' },
        ],
        'draft3',
        'left',
      ),
      '2026-03-04',
    );
    const csv = historyToCsv(history);
    expect(csv).toBe(
      'date,drafts,published,average_score,findings_self-promotion,findings_inappropriate,findings_confidential,findings_length,findings_reader-value,rules\r\n' +
        '2026-03-02,2,1,96.0,0,0,0,0,1,no-teaser:1\r\n' +
        '2026-03-04,1,0,84.0,1,1,0,0,0,no-hard-sell:1 no-shouting:1\r\n',
    );
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => row.drafts)).toEqual(['2', '1']);
  });

  it('has only a header for an empty history, and as many rows as days for a long one', () => {
    expect(historyToCsv(emptyHistory())).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
    const history = seededHistory('2026-03-15', { days: 60 });
    const rows = parse(historyToCsv(history), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.date)).toEqual(history.days.map((day) => day.date));
  });
});
