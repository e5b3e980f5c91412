import { categoryIds } from '../analysis/ids';
import type { CategoryStatus, Finding, Report } from '../analysis/schema';

const rank: Record<CategoryStatus, number> = { ok: 0, info: 1, warning: 2, error: 3 };

/** "Ignore here" remembers the finding by rule, message and flagged words, so it stays ignored as the text around it changes. */
export function ignoreKey(finding: Finding, text: string): string {
  return `${finding.ruleId}\u0000${finding.messageId}\u0000${text.slice(finding.span.start, finding.span.end)}`;
}

/** The report without the findings the user ignored in this compose box, with the category status recomputed. */
export function withoutIgnored(report: Report, text: string, ignored: ReadonlySet<string>): Report {
  if (!ignored.size) return report;
  const findings = report.findings.filter((finding) => !ignored.has(ignoreKey(finding, text)));
  const categories = Object.fromEntries(categoryIds.map((id) => [id, 'ok'])) as Report['categories'];
  for (const { category, severity } of findings) {
    if (rank[severity] > rank[categories[category]]) categories[category] = severity;
  }
  return { ...report, findings, categories };
}
