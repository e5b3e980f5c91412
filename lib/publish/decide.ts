import type { Finding } from '../analysis/schema';
import type { FailOpenCause } from '../audit/audit-log';
import type { PrePublishLevel } from '../settings/schema';

/**
 * What one compose box knows about its draft at the moment of publishing: the findings of a report
 * made from exactly the text it holds now, or why it cannot be sure.
 */
export type DraftCheck =
  | { state: 'current'; findings: readonly Finding[] }
  /** The text changed since the last report (the user typed and published within the pause). */
  | { state: 'stale' }
  /** The background refused or failed to analyse this text. */
  | { state: 'analysis-failed' }
  /** No report has arrived yet. */
  | { state: 'no-report' };

/** Why a post goes out without the check; only some of these are worth an audit entry (see `auditable`). */
export type PassCause = FailOpenCause | 'site-off' | 'settings-unknown';

export type PublishDecision =
  /** Let the action through; `cause` says why the check could not be done, when it could not. */
  | { verdict: 'pass'; cause?: PassCause }
  /** Stop the action: `findings[i]` are the i-th box's findings at or above the level, in text order. */
  | { verdict: 'stop'; level: Exclude<PrePublishLevel, 'off'>; findings: Finding[][] };

const rank = { info: 1, warning: 2, error: 3 } as const;

/** Whether `finding` is at or above the level the check stops at. */
export function stopsAt(finding: Pick<Finding, 'severity'>, level: Exclude<PrePublishLevel, 'off'>): boolean {
  return rank[finding.severity] >= rank[level];
}

/**
 * The check before Publish, for one publishing action covering `drafts` (a thread's "Post all" covers
 * every post of the thread). It fails open: it stops only for findings certain to be about the text
 * as it is now; when no such finding exists and some box could not be checked, the action passes
 * and says why, to be logged.
 */
export function decidePublish(input: { level: PrePublishLevel | null; siteEnabled: boolean; drafts: readonly DraftCheck[] }): PublishDecision {
  const { level, siteEnabled, drafts } = input;
  if (!siteEnabled) return { verdict: 'pass', cause: 'site-off' };
  if (level === null) return { verdict: 'pass', cause: 'settings-unknown' };
  if (level === 'off') return { verdict: 'pass' };
  const findings = drafts.map((draft) =>
    draft.state === 'current' ? draft.findings.filter((finding) => stopsAt(finding, level)).sort((a, b) => a.span.start - b.span.start) : [],
  );
  if (findings.some((list) => list.length > 0)) return { verdict: 'stop', level, findings };
  const unsure = drafts.find((draft) => draft.state !== 'current');
  return unsure ? { verdict: 'pass', cause: unsure.state as FailOpenCause } : { verdict: 'pass' };
}

/** The ids of the rules behind the findings, each once, for the audit log. */
export function ruleIdsOf(findings: readonly (readonly Finding[])[]): string[] {
  return [...new Set(findings.flat().map((finding) => finding.ruleId))];
}

/** Causes worth an audit entry: the check was on, and a post went out unchecked. */
export function auditable(cause: PassCause | undefined): cause is FailOpenCause {
  return cause === 'stale' || cause === 'analysis-failed' || cause === 'no-report' || cause === 'dialog-unavailable';
}
