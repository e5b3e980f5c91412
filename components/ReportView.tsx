import type { Finding, Report } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import { postScore } from '@/lib/score/score';
import type { Settings } from '@/lib/settings/schema';
import { CategoryStatusList } from './CategoryStatusList';
import { FindingCard } from './FindingCard';
import { LengthMeter } from './LengthMeter';
import { PostScore } from './PostScore';

/** The summary has room for this many findings; the panel beside the compose box shows them all. */
const SUMMARY_FINDINGS = 5;

const severityRank: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** The most serious first; findings of equal severity keep their order in the text. */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

interface ReportViewProps {
  report: Report;
  mode: Settings['mode'];
  t: Translate;
  /** The popup's summary of the page: the most serious findings only, each with its fix but not its why. */
  summary?: boolean;
}

/** A report at a glance: status per category, length, then the findings, most serious first. */
export function ReportView({ report, mode, t, summary = false }: ReportViewProps) {
  const sorted = bySeverity(report.findings);
  const shown = summary ? sorted.slice(0, SUMMARY_FINDINGS) : sorted;
  const hidden = report.findings.length - shown.length;
  return (
    <div className="report" data-pc="report">
      <PostScore findings={report.findings} t={t} />
      <CategoryStatusList categories={report.categories} points={postScore(report.findings).categories} t={t} />
      <LengthMeter stats={report.stats} t={t} />
      {shown.length === 0 ? (
        <p className="all-clear">{t('overlay.allClear')}</p>
      ) : (
        <ol className="finding-list" aria-label={t('popup.findings')}>
          {shown.map((finding, index) => (
            <FindingCard key={`${index}:${finding.ruleId}`} finding={finding} mode={mode} showWhy={!summary} t={t} />
          ))}
        </ol>
      )}
      {hidden > 0 && <p className="muted">{t('popup.moreFindings', { count: hidden })}</p>}
    </div>
  );
}
