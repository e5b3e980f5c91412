import type { RuleInfo } from '@/lib/analysis/catalogue';
import type { Language } from '@/lib/analysis/ids';
import type { Translate } from '@/lib/i18n/translate';
import type { Lesson } from '@/lib/lessons/define-lesson';
import { principles } from '@/lib/lessons/principles';
import { platformName } from '../platform-name';

interface LessonCardProps {
  lesson: Lesson;
  rule: RuleInfo;
  language: Language;
  /** The lesson the page was opened at ("Learn more" on a finding). */
  current: boolean;
  /** Its drill in this language is done in the practice page. */
  practised: boolean;
  t: Translate;
}

/** One rule's lesson: the principle and why it matters, a weak and a strong draft, and the exercise. */
export function LessonCard({ lesson, rule, language, current, practised, t }: LessonCardProps) {
  const text = lesson.text[language];
  const principle = principles[lesson.principle][language];
  const headingId = `lesson-${lesson.ruleId}-title`;
  return (
    <article
      className="lesson"
      id={lesson.ruleId}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-pc="lesson"
      data-rule={lesson.ruleId}
      data-current={current || undefined}
    >
      <h3 id={headingId}>
        {rule.name}
        {practised && (
          <span className="practised" data-pc="lesson-practised">
            {t('lessons.practised')}
          </span>
        )}
      </h3>
      <p className="principle" title={principle.summary}>
        <strong>{t('lessons.principle')}</strong> {principle.name}. <span className="muted">{principle.summary}</span>
      </p>
      <p data-pc="lesson-why">
        <strong>{t('overlay.why')}</strong> {text.why}
      </p>
      {lesson.platform && <p className="hint">{t('lessons.platform', { platform: platformName(lesson.platform, t) })}</p>}
      <div className="drafts">
        <figure className="draft" data-kind="weak" data-pc="lesson-weak">
          <figcaption>{t('lessons.weak')}</figcaption>
          <blockquote>{text.weak}</blockquote>
        </figure>
        <figure className="draft" data-kind="strong" data-pc="lesson-strong">
          <figcaption>{t('lessons.strong')}</figcaption>
          <blockquote>{text.strong}</blockquote>
        </figure>
      </div>
      <p className="exercise" data-pc="lesson-exercise">
        <strong>{t('lessons.exercise')}</strong> {text.exercise}{' '}
        <a href={`/practice.html#${lesson.ruleId}`} data-pc="practise" aria-label={t('lessons.practiseLabel', { rule: rule.name })}>
          {t('lessons.practise')}
        </a>
      </p>
    </article>
  );
}
