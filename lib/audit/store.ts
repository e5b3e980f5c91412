import { storage } from 'wxt/utils/storage';
import { appendToAuditLog, parseAuditLog, type AuditEntry } from './audit-log';

/**
 * The audit log lives apart from the settings: it changes on every decision, and the settings'
 * listeners need not hear of it. The background is its only writer (entries arrive as messages, so
 * two tabs never overwrite each other's); the options page reads and clears it.
 */
export const auditLogItem = storage.defineItem<unknown>('local:auditLog', { fallback: [] });

export async function loadAuditLog(): Promise<AuditEntry[]> {
  try {
    return parseAuditLog(await auditLogItem.getValue());
  } catch {
    return [];
  }
}

let writing: Promise<unknown> = Promise.resolve();

/** Adds one decision, keeping the log within its bounds. Appends run one after another. */
export function appendAuditEntry(entry: AuditEntry, now = Date.now()): Promise<AuditEntry[]> {
  const next = writing.then(async () => {
    const log = appendToAuditLog(await loadAuditLog(), entry, now);
    await auditLogItem.setValue(log);
    return log;
  });
  writing = next.catch(() => undefined);
  return next;
}

export async function clearAuditLog(): Promise<void> {
  await auditLogItem.setValue([]);
}

export function watchAuditLog(onChange: (log: AuditEntry[]) => void): () => void {
  return auditLogItem.watch((value) => onChange(parseAuditLog(value)));
}
