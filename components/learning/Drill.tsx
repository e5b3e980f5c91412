import { useEffect, useId, useMemo, useState } from 'react';
import type { RuleInfo } from '@/lib/analysis/catalogue';
import type { Language } from '@/lib/analysis/ids';
import { createAnalyzer } from '@/lib/analysis/index';
import type { Report } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import type { Lesson } from '@/lib/lessons/define-lesson';
import { blockingFindings, draftSettings, isQuiet } from '@/lib/lessons/drills';
import type { Settings } from '@/lib/settings/schema';
import { ReportView } from '../ReportView';

/** The pause in typing after which the rewrite is checked again, as the overlay does on the sites. */
const CHECK_DELAY_MS = 250;

interface DrillProps {
  lesson: Lesson;
  rule: RuleInfo;
  language: Language;
  mode: Settings['mode'];
  t: Translate;
  /** The rewrite went quiet for the first time. */
  onSolved(): void;
  /** Moves on to the next drill; absent on the last one. */
  onNext?: () => void;
}

/**
 * One drill: the lesson's weak draft in a text area, checked by the analyser in this page as the
 * user rewrites it (nothing is sent anywhere, nothing is stored), until it is quiet; then the
 * lesson's strong draft as a model answer.
 */
export function Drill({ lesson, rule, language, mode, t, onSolved, onNext }: DrillProps) {
  const editorId = useId();
  const { weak, strong, exercise } = lesson.text[language];
  const analyzer = useMemo(() => createAnalyzer(draftSettings(lesson)), [lesson]);
  const check = (text: string): Report => analyzer.analyze(text, { platform: lesson.platform, language, uiLanguage: language });
  const [text, setText] = useState(weak);
  // The first check waits for the page to be painted: the analyser's first run in a page compiles its word lists.
  const [report, setReport] = useState<Report | null>(null);
  const [solved, setSolved] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setReport(check(text)), report ? CHECK_DELAY_MS : 0);
    return () => clearTimeout(timer);
    // Only the text: `check` is new on every render but stays the same for a drill (the component is keyed by it).
  }, [text]);

  const quiet = report !== null && isQuiet(report, lesson.ruleId);
  useEffect(() => {
    if (quiet && !solved) {
      setSolved(true);
      onSolved();
    }
  }, [quiet, solved, onSolved]);

  const blocking = report ? blockingFindings(report, lesson.ruleId).length : 0;
  const restart = () => {
    setText(weak);
    setReport(check(weak));
    setSolved(false);
  };

  return (
    <section className="drill" aria-labelledby={`${editorId}-title`} data-pc="drill" data-rule={lesson.ruleId}>
      <h2 id={`${editorId}-title`}>{rule.name}</h2>
      <p data-pc="drill-exercise">
        <strong>{t('lessons.exercise')}</strong> {exercise}{' '}
        <a href={`/lessons.html#${lesson.ruleId}`} target="_blank" rel="noreferrer">
          {t('practice.readLesson')}
        </a>
      </p>
      <label htmlFor={editorId} className="drill-label">
        {t('practice.editor')}
      </label>
      <textarea id={editorId} data-pc="drill-editor" rows={7} spellCheck autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} />
      <p role="status" className="drill-status" data-pc="drill-status" data-quiet={report ? quiet : undefined}>
        {!report ? t('popup.checking') : quiet ? t('practice.quiet') : blocking === 1 ? t('practice.workingOne') : t('practice.working', { count: blocking })}
      </p>
      {report && <ReportView report={report} mode={mode} t={t} />}
      {solved && (
        <figure className="draft" data-kind="strong" data-pc="model-answer">
          <figcaption>{t('practice.model')}</figcaption>
          <blockquote>{strong}</blockquote>
        </figure>
      )}
      <div className="drill-actions">
        <button type="button" data-pc="drill-restart" onClick={restart}>
          {t('practice.restart')}
        </button>
        {onNext && (
          <button type="button" className={solved ? 'primary' : undefined} data-pc="drill-next" onClick={onNext}>
            {t('practice.next')}
          </button>
        )}
      </div>
    </section>
  );
}
