import type { CategoryId, RuleId, Severity } from '../analysis/ids';
import { addDays } from './dates';
import { draftEntry } from './entry';
import { recordDraft } from './record';
import { emptyHistory, type History } from './schema';
import { seededRandom } from '../seeded-random';

/** Habits a learner might have, as the rules report them (their default category and severity). */
const habits: readonly { ruleId: RuleId; category: CategoryId; severity: Severity; weight: number }[] = [
  { ruleId: 'no-hard-sell', category: 'self-promotion', severity: 'warning', weight: 1.2 },
  { ruleId: 'no-humblebrag', category: 'self-promotion', severity: 'warning', weight: 0.6 },
  { ruleId: 'no-buzzwords', category: 'reader-value', severity: 'warning', weight: 0.9 },
  { ruleId: 'require-takeaway', category: 'reader-value', severity: 'info', weight: 0.8 },
  { ruleId: 'max-sentence-length', category: 'length', severity: 'warning', weight: 0.5 },
  { ruleId: 'no-shouting', category: 'inappropriate', severity: 'warning', weight: 0.3 },
  { ruleId: 'no-personal-data', category: 'confidential', severity: 'error', weight: 0.1 },
];

/**
 * A plausible history of `days` days up to `today`, built through `recordDraft` as the background
 * builds it: a learner whose self-promotion fades over the weeks and whose other habits improve slowly. For tests,
 * the end-to-end dashboard and its screenshot.
 */
export function seededHistory(today: string, { days = 35, seed = 7 }: { days?: number; seed?: number } = {}): History {
  const random = seededRandom(seed);
  let history = emptyHistory();
  let id = 0;
  for (let offset = days - 1; offset >= 0; offset -= 1) {
    const date = addDays(today, -offset);
    const drafts = 1 + Math.floor(random() * 3);
    // From 0 on the first day to 1 on the last: self-promotion fades fast, the other habits slowly.
    const progress = (days - 1 - offset) / Math.max(1, days - 1);
    for (let draft = 0; draft < drafts; draft += 1) {
      const findings = habits.flatMap((habit) => {
        const rate = habit.weight * (habit.category === 'self-promotion' ? 1 - 0.9 * progress : 0.7 - 0.55 * progress);
        const count = (random() < rate * 0.6 ? 1 : 0) + (random() < rate * 0.25 ? 1 : 0);
        return Array.from({ length: count }, () => habit);
      });
      id += 1;
      history = recordDraft(history, draftEntry(findings, `seed${String(id).padStart(4, '0')}`, random() < 0.6 ? 'published' : 'left'), date);
    }
  }
  return history;
}
