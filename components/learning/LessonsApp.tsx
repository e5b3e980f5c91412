import { useEffect, useState } from 'react';
import type { RuleInfo } from '@/lib/analysis/catalogue';
import { categoryIds, type Language } from '@/lib/analysis/ids';
import type { Translate } from '@/lib/i18n/translate';
import { drillId, type PracticeProgress } from '@/lib/lessons/drills';
import type { ProgressStore } from '@/lib/lessons/progress-store';
import { lessons } from '@/lib/lessons/registry';
import type { Settings } from '@/lib/settings/schema';
import type { SendRequest } from '../send-to-background';
import { useInterfaceLanguage } from '../useInterfaceLanguage';
import { useRules } from '../useRules';
import { useSettings } from '../useSettings';
import { LearningLinks } from './LearningLinks';
import { LessonCard } from './LessonCard';
import { useHashRule } from './useHashRule';

interface LessonsAppProps {
  send: SendRequest;
  progress: Pick<ProgressStore, 'load'>;
}

/** The lessons page: every rule's lesson, by category; opened at one lesson from "Learn more". */
export function LessonsApp({ send, progress }: LessonsAppProps) {
  const handle = useSettings();
  return handle && <Lessons settings={handle.settings} send={send} progress={progress} />;
}

function Lessons({ settings, send, progress }: LessonsAppProps & { settings: Settings }) {
  const { language, t } = useInterfaceLanguage(settings.interfaceLanguage, 'lessons.title');
  const rules = useRules(send, language);
  const [done, setDone] = useState<PracticeProgress>({ done: [] });
  useEffect(() => void progress.load().then(setDone), [progress]);
  const current = useHashRule();
  const loaded = rules.kind === 'loaded';

  // The lessons arrive after the page has looked for its #fragment: bring the asked one into view then.
  useEffect(() => {
    if (!loaded || !current) return;
    const article = document.getElementById(current);
    article?.scrollIntoView({ block: 'start' });
    article?.focus({ preventScroll: true });
  }, [loaded, current]);

  return (
    <main className="learning lessons-page" data-pc="lessons">
      <header className="learning-header">
        <h1>{t('lessons.title')}</h1>
        <LearningLinks current="/lessons.html" t={t} />
        <p className="muted">{t('lessons.intro')}</p>
      </header>
      {rules.kind === 'loading' && <p className="muted">{t('lessons.loading')}</p>}
      {rules.kind === 'failed' && <p className="problem">{t('lessons.failed', { reason: rules.reason })}</p>}
      {rules.kind === 'loaded' && (
        <LessonList rules={rules.rules} language={language} current={current} practised={new Set(done.done)} t={t} />
      )}
    </main>
  );
}

interface LessonListProps {
  rules: RuleInfo[];
  language: Language;
  current: string | undefined;
  practised: ReadonlySet<string>;
  t: Translate;
}

function LessonList({ rules, language, current, practised, t }: LessonListProps) {
  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  const byCategory = categoryIds.map((category) => ({
    category,
    entries: lessons.flatMap((lesson) => {
      const rule = ruleById.get(lesson.ruleId);
      return rule?.category === category ? [{ lesson, rule }] : [];
    }),
  }));
  return (
    <>
      <nav className="lesson-contents" aria-label={t('lessons.contents')} data-pc="lesson-contents">
        {byCategory.map(({ category, entries }) => (
          <div key={category}>
            <h2>{t(`category.${category}`)}</h2>
            <ul>
              {entries.map(({ lesson, rule }) => (
                <li key={lesson.ruleId}>
                  <a href={`#${lesson.ruleId}`}>{rule.name}</a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      {byCategory.map(({ category, entries }) => (
        <section key={category} className="lesson-category" aria-labelledby={`category-${category}`} data-pc="lesson-category" data-category={category}>
          <h2 id={`category-${category}`}>{t(`category.${category}`)}</h2>
          {entries.map(({ lesson, rule }) => (
            <LessonCard
              key={lesson.ruleId}
              lesson={lesson}
              rule={rule}
              language={language}
              current={lesson.ruleId === current}
              practised={practised.has(drillId(lesson.ruleId, language))}
              t={t}
            />
          ))}
        </section>
      ))}
    </>
  );
}
