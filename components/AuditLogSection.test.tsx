// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AuditEntry } from '@/lib/audit/audit-log';
import { appendAuditEntry, loadAuditLog } from '@/lib/audit/store';
import { translator } from '@/lib/i18n/translate';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { AuditLogSection } from './AuditLogSection';
import { click, render, settle, type Rendered } from './testing';

const entry = (at: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  at,
  site: 'linkedin',
  rules: ['no-profanity', 'no-secrets'],
  level: 'error',
  decision: 'published-anyway',
  ...extra,
});

describe('options: the audit log', () => {
  let rendered: Rendered;
  let downloads: Array<{ name: string; text: string }>;
  let changes: Array<Partial<Settings>>;
  beforeEach(() => {
    fakeBrowser.reset();
    downloads = [];
    changes = [];
  });
  afterEach(() => rendered.unmount());

  async function open(language: 'en' | 'it' = 'en') {
    rendered = await render(
      <AuditLogSection
        settings={defaultSettings}
        update={(change) => changes.push(change as Partial<Settings>)}
        language={language}
        t={translator(language)}
        download={(name, text) => downloads.push({ name, text })}
      />,
    );
    await settle();
  }
  const rows = () => rendered.findAll('[data-pc="audit-entry"]').map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent));

  it('lists the decisions newest first and follows new ones', async () => {
    await appendAuditEntry(entry(Date.UTC(2026, 10, 30, 9)));
    await open();
    expect(rows()).toEqual([['LinkedIn', 'Error', 'no-profanity, no-secrets', 'Published anyway', '']]);
    await appendAuditEntry(entry(Date.UTC(2026, 11, 1, 9), { site: 'x', decision: 'not-checked', rules: [], cause: 'stale' }));
    await settle();
    expect(rows()).toHaveLength(2);
    expect(rows()[0]).toEqual(['X', 'Error', '', 'Not checked: the text changed after the last check', '']);
  });

  it('speaks Italian', async () => {
    await appendAuditEntry(entry(Date.UTC(2026, 10, 30, 9), { decision: 'reviewed', level: 'warning' }));
    await open('it');
    expect(rows()).toEqual([['LinkedIn', 'Avviso', 'no-profanity, no-secrets', 'Rivisto', '']]);
    expect(rendered.find('[data-pc="audit-export"]').textContent).toBe('Esporta in CSV');
  });

  it('exports the whole log as CSV and clears it after asking', async () => {
    await appendAuditEntry(entry(Date.UTC(2026, 11, 1, 9), { reason: 'Approved by "Legal", LEG-12' }));
    await open();
    await click(rendered.find('[data-pc="audit-export"]'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^post-coach-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(downloads[0]!.text).toBe(
      'time,site,level,decision,rules,reason,cause\r\n2026-12-01T09:00:00.000Z,linkedin,error,published-anyway,no-profanity no-secrets,"Approved by ""Legal"", LEG-12",\r\n',
    );

    await click(rendered.find('[data-pc="audit-clear"]'));
    expect(await loadAuditLog()).toHaveLength(1);
    await click(rendered.find('[data-pc="audit-clear-confirm"]'));
    await settle();
    expect(await loadAuditLog()).toEqual([]);
    expect(rendered.find('[data-pc="audit-empty"]').textContent).toBe('No decisions yet.');
  });

  it('turns the log off', async () => {
    await open();
    await click(rendered.find('[data-pc="audit-enabled"]'));
    expect(changes).toEqual([{ auditLog: false }]);
  });
});
