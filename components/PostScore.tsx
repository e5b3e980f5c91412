import type { Finding } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import { postScore } from '@/lib/score/score';

/** The draft's score out of 100, as a meter with its number; the categories' points are in the list below it. */
export function PostScore({ findings, t }: { findings: readonly Finding[]; t: Translate }) {
  const { total } = postScore(findings);
  return (
    <p className="post-score" data-pc="post-score" data-score={total}>
      <span className="post-score-name">{t('score.name')}</span>
      <meter min={0} max={100} low={60} high={85} optimum={100} value={total} aria-label={t('score.outOf', { total })} />
      <span aria-hidden="true">
        <strong>{total}</strong>/100
      </span>
    </p>
  );
}
