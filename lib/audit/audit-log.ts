import * as z from 'zod';
import { siteIds } from '../sites/define-site';
import { MAX_AUDIT_AGE_MS, MAX_AUDIT_ENTRIES, MAX_REASON_LENGTH } from './limits';

export { MAX_AUDIT_AGE_MS, MAX_AUDIT_ENTRIES, MAX_REASON_LENGTH };

/**
 * What the user decided when the check before Publish stopped a post: went back to the draft, or
 * published it anyway. `not-checked` records a post that went out unchecked because the check could
 * not be sure (see `FailOpenCause`), so nothing slips through unnoticed.
 */
export const AuditDecisionSchema = z.enum(['reviewed', 'published-anyway', 'not-checked']);
export type AuditDecision = z.infer<typeof AuditDecisionSchema>;

/** Why a post went out without the check: the check fails open (DESIGN: "any doubt lets the post through"). */
export const FailOpenCauseSchema = z.enum(['stale', 'analysis-failed', 'no-report', 'dialog-unavailable']);
export type FailOpenCause = z.infer<typeof FailOpenCauseSchema>;

/**
 * One decision. Never the draft: only when, where, which rules, at which level, and what the user
 * chose (with the reason they wrote, when the settings ask for one).
 */
export const AuditEntrySchema = z.object({
  /** Milliseconds since the epoch. */
  at: z.number().int().nonnegative(),
  site: z.enum(siteIds),
  /** The ids of the rules whose findings stopped the post, each once. */
  rules: z.array(z.string().regex(/^[A-Za-z0-9][\w./-]{0,79}$/)).max(100),
  /** The level the check was set to. */
  level: z.enum(['error', 'warning']),
  decision: AuditDecisionSchema,
  reason: z.string().trim().max(MAX_REASON_LENGTH).optional(),
  cause: FailOpenCauseSchema.optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** The stored log, read leniently: entries that do not parse are dropped, the others kept. */
export function parseAuditLog(value: unknown): AuditEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = AuditEntrySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The log after adding `entry`, oldest first, within the bounds (count and age, measured from `now`). */
export function appendToAuditLog(log: readonly AuditEntry[], entry: AuditEntry, now: number): AuditEntry[] {
  const oldest = now - MAX_AUDIT_AGE_MS;
  const kept = [...log, entry].filter((item) => item.at >= oldest);
  return kept.slice(Math.max(0, kept.length - MAX_AUDIT_ENTRIES));
}

const csvColumns = ['time', 'site', 'level', 'decision', 'rules', 'reason', 'cause'] as const;

/**
 * The log as CSV (RFC 4180, CRLF line ends), one row per decision, oldest first. A field that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) is
 * prefixed with an apostrophe, since reasons are free text.
 */
export function auditLogToCsv(log: readonly AuditEntry[]): string {
  const rows = log.map((entry) => [
    new Date(entry.at).toISOString(),
    entry.site,
    entry.level,
    entry.decision,
    entry.rules.join(' '),
    entry.reason ?? '',
    entry.cause ?? '',
  ]);
  return [csvColumns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
