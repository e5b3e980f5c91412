import type { Translate } from '@/lib/i18n/translate';
import type { RuleCount } from '@/lib/progress/aggregate';

/** The rules hit most often, each with a bar as long as its share of the first. */
export function TopRules({ rules, ruleName, t }: { rules: readonly RuleCount[]; ruleName(ruleId: string): string; t: Translate }) {
  if (rules.length === 0) return <p className="muted">{t('progress.topRulesNone')}</p>;
  const most = rules[0]!.count;
  return (
    <ol className="top-rules" data-pc="top-rules">
      {rules.map(({ ruleId, count }) => (
        <li key={ruleId} data-rule={ruleId} data-count={count}>
          <span className="top-rule-name">{ruleName(ruleId)}</span>
          <span className="top-rule-bar" aria-hidden="true">
            <span style={{ width: `${(100 * count) / most}%` }} />
          </span>
          <span className="top-rule-count">{t('progress.ruleCount', { count })}</span>
        </li>
      ))}
    </ol>
  );
}
