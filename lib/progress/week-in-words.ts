import type { Language } from '../analysis/ids';
import type { Translate } from '../i18n/translate';
import { MIN_DRAFTS_TO_COMPARE, type Change, type WeekOnWeek } from './aggregate';

export interface WeekInWords {
  /** A sentence when there is nothing to list: too few drafts, or no habit changed. */
  summary: string | null;
  improved: string[];
  worse: string[];
}

/** "What improved week on week", as sentences in the interface's language. */
export function weekInWords(week: WeekOnWeek, t: Translate, language: Language, ruleName: (ruleId: string) => string): WeekInWords {
  if (!week.comparable) return { summary: t('progress.weekNotEnough', { count: MIN_DRAFTS_TO_COMPARE }), improved: [], worse: [] };
  const rate = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const sentence = (change: Change, better: boolean): string => {
    if (change.subject === 'score') return t(better ? 'progress.scoreUp' : 'progress.scoreDown', { from: Math.round(change.from), to: Math.round(change.to) });
    const numbers = { from: rate.format(change.from), to: rate.format(change.to) };
    if (change.subject === 'category') return t(better ? 'progress.categoryFewer' : 'progress.categoryMore', { category: t(`category.${change.category}`), ...numbers });
    return t(better ? 'progress.ruleFewer' : 'progress.ruleMore', { rule: ruleName(change.ruleId), ...numbers });
  };
  const improved = week.improved.map((change) => sentence(change, true));
  const worse = week.worse.map((change) => sentence(change, false));
  return { summary: improved.length || worse.length ? null : t('progress.weekSame'), improved, worse };
}
