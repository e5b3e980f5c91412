import * as z from 'zod';
import { languages, ruleIds, type Language, type RuleId } from '../analysis/ids';
import type { Finding } from '../analysis/schema';
import type { Lesson } from './define-lesson';

/** A drill is a lesson's weak draft in one language: `no-hard-sell.it`. */
export type DrillId = `${RuleId}.${Language}`;

export const drillId = (ruleId: RuleId, language: Language): DrillId => `${ruleId}.${language}`;

const knownDrills: ReadonlySet<string> = new Set(ruleIds.flatMap((ruleId) => languages.map((language) => drillId(ruleId, language))));

/**
 * What the practice page keeps: which drills are done, as ids and nothing else (never a draft).
 * Unknown ids and repeats are dropped, so the list is bounded by the number of drills.
 */
export const PracticeProgressSchema = z.object({
  done: z
    .preprocess((value) => (Array.isArray(value) ? [...new Set(value.filter((id) => typeof id === 'string' && knownDrills.has(id)))] : []), z.array(z.string()))
    .catch([]),
});
export type PracticeProgress = { done: DrillId[] };

export const emptyProgress: PracticeProgress = { done: [] };

/** Reads any stored value as progress: what does not parse counts as nothing done. */
export function parseProgress(value: unknown): PracticeProgress {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  return PracticeProgressSchema.parse(record) as PracticeProgress;
}

export function withDrillDone(progress: PracticeProgress, id: DrillId): PracticeProgress {
  return progress.done.includes(id) ? progress : { done: [...progress.done, id] };
}

/**
 * The analyser's settings for a lesson's drafts: the defaults, plus the lesson's options for its rule
 * (the team's confidential terms, which are empty by default). The user's own levels do not apply:
 * a drill about a rule the user turned off still teaches it.
 */
export function draftSettings(lesson: Pick<Lesson, 'ruleId' | 'options'>): { rules: Record<string, { options?: Record<string, unknown> }> } {
  return { rules: lesson.options ? { [lesson.ruleId]: { options: lesson.options } } : {} };
}

/** What stands between a rewrite and its drill passed: anything at warning or error, and its own rule even at tip level. */
export function blockingFindings<F extends Pick<Finding, 'ruleId' | 'severity'>>(report: { findings: readonly F[] }, ruleId: RuleId): F[] {
  return report.findings.filter((finding) => finding.severity !== 'info' || finding.ruleId === ruleId);
}

/** A rewrite passes its drill when nothing blocks it. */
export function isQuiet(report: { findings: readonly Pick<Finding, 'ruleId' | 'severity'>[] }, ruleId: RuleId): boolean {
  return blockingFindings(report, ruleId).length === 0;
}
