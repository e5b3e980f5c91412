import type { Language, PlatformId, RuleId } from '../analysis/ids';

/**
 * The principles the lessons teach, after the articles on business use of social networks the
 * coaching follows. Each lesson names the one its rule serves; their names live in `principles.ts`.
 */
export const principleIds = ['reader-side', 'converse', 'transparency', 'care', 'criticism', 'platform-fit'] as const;
export type PrincipleId = (typeof principleIds)[number];

/** A lesson's words in one language. */
export interface LessonText {
  /** Why the rule matters, in two or three sentences. */
  why: string;
  /** A draft the rule flags: the lesson shows it, and the practice page gives it to rewrite. */
  weak: string;
  /** The same post done well: the rule stays quiet, and so does every rule at warning or error (it is the drill's model answer). */
  strong: string;
  /** What to do with the weak draft in the practice page. */
  exercise: string;
}

/**
 * One rule's lesson, as data. The file name is the rule id; `lessons.test.ts` runs the real analyser
 * on both drafts of both languages, so a lesson cannot drift from its rule.
 */
export interface Lesson {
  ruleId: RuleId;
  principle: PrincipleId;
  /** The platform the drafts are written for (its limits and counting apply); any platform when absent. */
  platform?: PlatformId;
  /** The rule's options the drafts need (a rule that does nothing by default, such as the team's confidential terms). */
  options?: Record<string, unknown>;
  text: Record<Language, LessonText>;
}

export function defineLesson(lesson: Lesson): Lesson {
  return lesson;
}
