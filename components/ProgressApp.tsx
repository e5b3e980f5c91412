import { useMemo, useState } from 'react';
import { categoryIds, type CategoryId } from '@/lib/analysis/ids';
import { daySeries, PERIODS, streaks, topRules, weekOnWeek, type Period } from '@/lib/progress/aggregate';
import { historyToCsv } from '@/lib/progress/csv';
import { dateKey } from '@/lib/progress/dates';
import type { History } from '@/lib/progress/schema';
import { weekInWords } from '@/lib/progress/week-in-words';
import type { Settings } from '@/lib/settings/schema';
import { ChoiceGroup } from './ChoiceGroup';
import { ConfirmAction } from './ConfirmAction';
import { errorMessage } from './error-message';
import type { SendRequest } from './send-to-background';
import { TopRules } from './TopRules';
import { TrendChart, type TrendSeries } from './TrendChart';
import { useHistory } from './useHistory';
import { useInterfaceLanguage } from './useInterfaceLanguage';
import { useRules } from './useRules';
import { useSettings } from './useSettings';

/** What the progress page needs from the browser, passed in so tests can give fakes. */
export interface ProgressEnvironment {
  send: SendRequest;
  now(): Date;
  /** Saves `text` as a file named `filename` through the browser's downloads. */
  download(filename: string, text: string): void;
}

/** One color per category, the same in every chart (readable on light and dark backgrounds). */
const categoryColors: Record<CategoryId, string> = {
  'self-promotion': '#8250df',
  inappropriate: '#cf222e',
  confidential: '#bf3989',
  length: '#0969da',
  'reader-value': '#1a7f37',
};

/** The score chart always spans the whole score. */
const SCORE_RANGE: [number, number] = [0, 100];

/** The progress page: trends, the rules hit most often, streaks, the week in words; export and clear. */
export function ProgressApp({ environment }: { environment: ProgressEnvironment }) {
  const handle = useSettings();
  const history = useHistory();
  return handle && history && <Progress settings={handle.settings} history={history} environment={environment} />;
}

function Progress({ settings, history, environment }: { settings: Settings; history: History; environment: ProgressEnvironment }) {
  const { language, t } = useInterfaceLanguage(settings.interfaceLanguage, 'progress.title');
  const rules = useRules(environment.send, language);
  const [period, setPeriod] = useState<Period>(30);
  const [notice, setNotice] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const today = dateKey(environment.now());

  const ruleName = (ruleId: string) => (rules.kind === 'loaded' ? rules.rules.find((rule) => rule.id === ruleId)?.name : undefined) ?? ruleId;
  const series = useMemo(() => daySeries(history, today, period), [history, today, period]);
  const dates = useMemo(() => series.map((day) => day.date), [series]);
  const scoreSeries = useMemo<TrendSeries[]>(
    () => [{ label: t('progress.averageScore'), color: '#0969da', values: series.map((day) => (day.averageScore === null ? null : Math.round(day.averageScore))) }],
    [series, t],
  );
  const findingSeries = useMemo<TrendSeries[]>(
    () =>
      categoryIds.map((category) => ({
        label: t(`category.${category}`),
        color: categoryColors[category],
        values: series.map((day) => (day.drafts ? day.findings[category] / day.drafts : null)),
      })),
    [series, t],
  );
  const drafts = series.reduce((sum, day) => sum + day.drafts, 0);
  const published = history.days.filter((day) => day.date >= dates[0]!).reduce((sum, day) => sum + day.published, 0);
  const scores = history.days.filter((day) => day.date >= dates[0]!).flatMap((day) => day.posts.map((post) => post.score));
  const average = scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null;
  const runs = streaks(history);
  const week = weekInWords(weekOnWeek(history, today), t, language, ruleName);

  function exportCsv() {
    environment.download(`post-coach-progress-${today}.csv`, historyToCsv(history));
  }

  async function clear() {
    const reply = await environment.send({ type: 'clear-progress' }).catch((error: unknown) => ({ type: 'error' as const, message: errorMessage(error) }));
    setNotice(reply.type === 'ok' ? { kind: 'done', text: t('progress.cleared') } : { kind: 'error', text: reply.type === 'error' ? reply.message : reply.type });
  }

  return (
    <main className="progress" data-pc="progress">
      <header className="progress-header">
        <div>
          <h1>{t('progress.title')}</h1>
          <p className="muted">{t('progress.intro')}</p>
        </div>
        <div className="progress-actions">
          <button type="button" data-pc="export" onClick={exportCsv} disabled={history.days.length === 0}>
            {t('progress.export')}
          </button>
          <ConfirmAction
            name="clear"
            label={t('progress.clear')}
            question={t('progress.clearQuestion')}
            confirm={t('progress.clearConfirm')}
            cancel={t('progress.clearCancel')}
            onConfirm={clear}
          />
        </div>
      </header>
      <p className="notice" role="status" data-kind={notice?.kind} data-pc="progress-notice">
        {notice?.text}
      </p>
      {!settings.progressHistory && (
        <p className="notice" data-pc="history-off">
          {t('progress.off')} <a href="/options.html">{t('popup.openOptions')}</a>
        </p>
      )}

      {history.days.length === 0 ? (
        <p className="muted" data-pc="progress-empty">
          {t('progress.empty')}
        </p>
      ) : (
        <>
          <section className="progress-section" aria-labelledby="trends-title">
            <h2 id="trends-title" className="visually-hidden">
              {t('progress.period')}
            </h2>
            <ChoiceGroup
              legend={t('progress.period')}
              name="period"
              value={String(period)}
              onChange={(value) => setPeriod(Number(value) as Period)}
              choices={PERIODS.map((days) => ({ value: String(days), label: t('progress.days', { count: days }) }))}
            />
            <p data-pc="totals" data-drafts={drafts}>
              {t('progress.totals', { drafts, published })}
              {average !== null && `, ${t('progress.totalsScore', { average })}`}
            </p>
            <div className="charts">
              <TrendChart name="score-chart" caption={t('progress.scoreChart')} dates={dates} series={scoreSeries} range={SCORE_RANGE} language={language} t={t} />
              <TrendChart name="findings-chart" caption={t('progress.findingsChart')} dates={dates} series={findingSeries} language={language} t={t} />
            </div>
          </section>

          <div className="progress-columns">
            <section className="progress-section" aria-labelledby="top-rules-title">
              <h2 id="top-rules-title">{t('progress.topRules')}</h2>
              <TopRules rules={topRules(history, today, period)} ruleName={ruleName} t={t} />
            </section>

            <section className="progress-section" aria-labelledby="streaks-title" data-pc="streaks" data-current={runs.current} data-best={runs.best}>
              <h2 id="streaks-title">{t('progress.streaks')}</h2>
              <dl className="streaks">
                <div>
                  <dt>{t('progress.streakCurrent')}</dt>
                  <dd>{runs.current}</dd>
                </div>
                <div>
                  <dt>{t('progress.streakBest')}</dt>
                  <dd>{runs.best}</dd>
                </div>
              </dl>
              <p className="hint">{t('progress.streakHint')}</p>
            </section>
          </div>

          <section className="progress-section" aria-labelledby="week-title" data-pc="week">
            <h2 id="week-title">{t('progress.week')}</h2>
            {week.summary && <p>{week.summary}</p>}
            {week.improved.length > 0 && (
              <>
                <h3>{t('progress.improved')}</h3>
                <ul className="week-list" data-pc="improved">
                  {week.improved.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
            {week.worse.length > 0 && (
              <>
                <h3>{t('progress.worse')}</h3>
                <ul className="week-list" data-pc="worse">
                  {week.worse.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}

      <section className="progress-section" aria-labelledby="score-title" data-pc="score-explained">
        <h2 id="score-title">{t('progress.scoreHeading')}</h2>
        <p>{t('progress.scoreExplained')}</p>
      </section>
    </main>
  );
}
