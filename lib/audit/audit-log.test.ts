import { describe, expect, it } from 'vitest';
import { appendToAuditLog, auditLogToCsv, csvField, MAX_AUDIT_AGE_MS, MAX_AUDIT_ENTRIES, parseAuditLog, type AuditEntry } from './audit-log';

const day = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 2, 12, 0, 0);
const entry = (at: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  at,
  site: 'x',
  rules: ['no-profanity'],
  level: 'error',
  decision: 'published-anyway',
  ...extra,
});

describe('audit log bounds', () => {
  it('keeps the newest 1,000 decisions, oldest first', () => {
    let log: AuditEntry[] = [];
    for (let i = 0; i < MAX_AUDIT_ENTRIES + 5; i++) log = appendToAuditLog(log, entry(now - 10_000 + i), now);
    expect(log).toHaveLength(MAX_AUDIT_ENTRIES);
    expect(log[0]!.at).toBe(now - 10_000 + 5);
    expect(log.at(-1)!.at).toBe(now - 10_000 + MAX_AUDIT_ENTRIES + 4);
  });

  it('drops decisions older than 365 days when a new one arrives', () => {
    const log = [entry(now - MAX_AUDIT_AGE_MS - 1), entry(now - MAX_AUDIT_AGE_MS), entry(now - day)];
    expect(appendToAuditLog(log, entry(now), now).map(({ at }) => at)).toEqual([now - MAX_AUDIT_AGE_MS, now - day, now]);
  });
});

describe('reading the stored log', () => {
  it('drops what does not parse and keeps the rest', () => {
    const good = entry(now, { decision: 'reviewed' });
    expect(parseAuditLog([good, { ...good, site: 'myspace' }, { ...good, decision: 'deleted' }, 'junk', null])).toEqual([good]);
    expect(parseAuditLog('corrupt')).toEqual([]);
    expect(parseAuditLog(undefined)).toEqual([]);
  });

  it('refuses an entry that could carry a draft: an over-long reason or a rule id that is prose', () => {
    expect(parseAuditLog([entry(now, { reason: 'x'.repeat(501) })])).toEqual([]);
    expect(parseAuditLog([entry(now, { rules: ['this shit works'] })])).toEqual([]);
    expect(parseAuditLog([entry(now, { rules: ['acme/codenames'] })])).toHaveLength(1);
  });
});

describe('CSV export', () => {
  it('writes a header and one row per decision, with ISO times and rule ids separated by spaces', () => {
    const csv = auditLogToCsv([
      entry(now, { rules: ['no-profanity', 'no-personal-data'] }),
      entry(now + 1000, { site: 'linkedin', level: 'warning', decision: 'reviewed' }),
      entry(now + 2000, { decision: 'not-checked', rules: [], cause: 'stale' }),
    ]);
    expect(csv).toBe(
      'time,site,level,decision,rules,reason,cause\r\n' +
        '2026-12-02T12:00:00.000Z,x,error,published-anyway,no-profanity no-personal-data,,\r\n' +
        '2026-12-02T12:00:01.000Z,linkedin,warning,reviewed,no-profanity,,\r\n' +
        '2026-12-02T12:00:02.000Z,x,error,not-checked,,,stale\r\n',
    );
  });

  it('quotes commas, quotes and line breaks in a reason', () => {
    const csv = auditLogToCsv([entry(now, { reason: 'Approved by "Legal", see ticket\nLEG-12' })]);
    expect(csv.split('\r\n')[1]).toBe('2026-12-02T12:00:00.000Z,x,error,published-anyway,no-profanity,"Approved by ""Legal"", see ticket\nLEG-12",');
  });

  it('defuses fields a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+39 approved')).toBe("'+39 approved");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@boss said ok')).toBe("'@boss said ok");
    expect(csvField('ok by me')).toBe('ok by me');
  });

  it('gives just the header for an empty log', () => {
    expect(auditLogToCsv([])).toBe('time,site,level,decision,rules,reason,cause\r\n');
  });
});
