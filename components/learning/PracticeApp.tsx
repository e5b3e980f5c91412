import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeRules } from '@/lib/analysis/catalogue';
import { categoryIds } from '@/lib/analysis/ids';
import { drillId, emptyProgress, type PracticeProgress } from '@/lib/lessons/drills';
import type { ProgressStore } from '@/lib/lessons/progress-store';
import { lessons } from '@/lib/lessons/registry';
import type { Settings } from '@/lib/settings/schema';
import { useInterfaceLanguage } from '../useInterfaceLanguage';
import { useSettings } from '../useSettings';
import { Drill } from './Drill';
import { LearningLinks } from './LearningLinks';
import { useHashRule } from './useHashRule';

/** The practice page: the lessons' weak drafts to rewrite with the coach, and which ones are done. */
export function PracticeApp({ progress }: { progress: ProgressStore }) {
  const handle = useSettings();
  return handle && <Practice settings={handle.settings} progress={progress} />;
}

function Practice({ settings, progress }: { settings: Settings; progress: ProgressStore }) {
  const { language, t } = useInterfaceLanguage(settings.interfaceLanguage, 'practice.title');
  const rules = useMemo(() => new Map(describeRules(language).map((rule) => [rule.id, rule])), [language]);
  const [done, setDone] = useState<PracticeProgress>(emptyProgress);
  useEffect(() => void progress.load().then(setDone), [progress]);
  const asked = useHashRule();
  // Drills by category, in the lessons' order: the list and "Next drill" follow the same order.
  const ordered = useMemo(() => categoryIds.flatMap((category) => lessons.filter((lesson) => rules.get(lesson.ruleId)?.category === category)), [rules]);
  const [currentId, setCurrentId] = useState(asked ?? ordered[0]!.ruleId);
  useEffect(() => {
    if (asked) setCurrentId(asked);
  }, [asked]);
  const index = ordered.findIndex((lesson) => lesson.ruleId === currentId);
  const lesson = ordered[index]!;
  const next = ordered[index + 1];
  const doneIds = new Set(done.done);
  const solved = useCallback(() => void progress.markDone(drillId(lesson.ruleId, language)).then(setDone), [progress, lesson, language]);

  return (
    <main className="learning practice-page" data-pc="practice">
      <header className="learning-header">
        <h1>{t('practice.title')}</h1>
        <LearningLinks current="/practice.html" t={t} />
        <p className="muted">{t('practice.intro')}</p>
      </header>
      <div className="practice-layout">
        <nav className="drill-list" aria-label={t('practice.drills')} data-pc="drill-list">
          <p className="drill-progress" data-pc="drill-progress">
            {t('practice.progress', { done: ordered.filter((drill) => doneIds.has(drillId(drill.ruleId, language))).length, total: ordered.length })}
          </p>
          {categoryIds.map((category) => (
            <div key={category}>
              <h2>{t(`category.${category}`)}</h2>
              <ul>
                {ordered
                  .filter((drill) => rules.get(drill.ruleId)?.category === category)
                  .map((drill) => {
                    const isDone = doneIds.has(drillId(drill.ruleId, language));
                    return (
                      <li key={drill.ruleId}>
                        <a
                          href={`#${drill.ruleId}`}
                          data-pc="drill-link"
                          data-rule={drill.ruleId}
                          data-done={isDone}
                          aria-current={drill.ruleId === lesson.ruleId ? 'step' : undefined}
                          onClick={() => setCurrentId(drill.ruleId)}
                        >
                          {rules.get(drill.ruleId)!.name}
                          {isDone && <span className="visually-hidden"> ({t('practice.doneMark')})</span>}
                        </a>
                      </li>
                    );
                  })}
              </ul>
            </div>
          ))}
          <button type="button" className="link-button" data-pc="clear-progress" onClick={() => void progress.clear().then(setDone)}>
            {t('practice.clearProgress')}
          </button>
        </nav>
        <Drill
          key={`${lesson.ruleId}.${language}`}
          lesson={lesson}
          rule={rules.get(lesson.ruleId)!}
          language={language}
          mode={settings.mode}
          t={t}
          onSolved={solved}
          onNext={next && (() => (location.hash = next.ruleId))}
        />
      </div>
    </main>
  );
}
