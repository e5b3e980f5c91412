import * as z from 'zod';
import { defineRule, type DocumentRule, type RuleCatalogue, type RuleExample } from '../define-rule';
import type { Language } from '../schema';
import { paragraphTexts } from '../segment';
import { isJudgeable, judgesCategory, modelCategories, scoreText, type ModelCategory, type ModelScores } from './model';
import { modelFor } from './models';

export const learnedRuleIds = modelCategories.map((category) => `learned-${category}` as const);

/** Drafts up to this length are judged whole, as the model was trained; longer ones paragraph by paragraph. */
const WHOLE_DRAFT_CHARS = 2000;
const WORDS_SHOWN = 3;

interface Unit {
  start: number;
  end: number;
}

/**
 * A rule that reports when the learned model finds a category likely, at the threshold chosen on
 * validation. It supplements the precise rules: the engine drops its finding when a rule already
 * flags the same category. The finding covers the sentence that pushed the score most and names
 * the words that pushed it, so the coach can say why.
 */
export function defineLearnedRule(
  id: `learned-${ModelCategory}`,
  category: ModelCategory,
  messages: Record<Language, RuleCatalogue<'learned'>>,
  examples: { flagged: readonly RuleExample[]; ok: readonly RuleExample[] },
): DocumentRule<Record<string, never>, 'learned'> {
  // The id is written out in each rule file, where the registry and the bundle check can find it.
  if (id !== `learned-${category}`) throw new Error(`${id} must judge ${id.slice('learned-'.length)}`);
  return defineRule({
    id,
    category,
    languages: ['en', 'it'],
    defaultSeverity: 'warning',
    scope: 'document',
    supplementary: true,
    // The four learned rules share one scoring per unit of text.
    memoScope: 'learned-model',
    options: z.object({}),
    messageIds: ['learned'],
    messages,
    examples,
    check({ text, language, paragraphs, sentences, report, memo }) {
      const units: readonly Unit[] = text.length <= WHOLE_DRAFT_CHARS ? [{ start: 0, end: text.length }] : paragraphs;
      const texts = text.length <= WHOLE_DRAFT_CHARS ? [text] : paragraphTexts(text, paragraphs);
      for (let index = 0; index < units.length; index++) {
        const unit = units[index]!;
        const unitText = texts[index]!;
        if (!unitText.trim()) continue;
        // Scored once per unit for the four learned rules; null for text the model does not judge.
        const scores = memo<ModelScores | null>(unitText, () => (isJudgeable(unitText) ? scoreText(modelFor(language), unitText) : null));
        if (!scores || !judgesCategory(category, unitText)) continue;
        const head = scores.heads[category];
        if (head.probability < head.threshold) continue;
        // What to report depends only on the unit's text (its sentences are its own lines'), so it is
        // kept with the unit, relative to it: typing elsewhere does not walk this unit's tokens again.
        const found = memo(
          unitText,
          () => {
            const strongest = strongestSentence(scores, head.pushes, unit, sentences);
            return { start: strongest.start - unit.start, end: strongest.end - unit.start, words: topWords(scores, head.pushes, unitText) };
          },
          `report\u0000${category}`,
        );
        report({ messageId: 'learned', data: { words: found.words }, span: { start: unit.start + found.start, end: unit.start + found.end } });
      }
    },
  });
}

/** The sentence of the unit whose tokens pushed the score up the most, or the whole unit. */
function strongestSentence(scores: ModelScores, pushes: Float64Array, unit: Unit, sentences: readonly Unit[]): Unit {
  let best: Unit = unit;
  let bestPush = -Infinity;
  // Sentences and tokens both come in text order: one walk pairs each token with its sentence, so a
  // long paragraph costs its tokens plus its sentences, not their product. Sentences start at the
  // first one that can reach into the unit (a long draft has hundreds of paragraphs).
  const { tokens } = scores;
  let token = 0;
  for (let i = firstEndingAfter(sentences, unit.start); i < sentences.length; i++) {
    const sentence = sentences[i]!;
    if (sentence.start >= unit.end) break;
    if (sentence.end <= unit.start) continue;
    while (token < tokens.length && tokens[token]!.start + unit.start < sentence.start) token++;
    let push = 0;
    for (; token < tokens.length && tokens[token]!.start + unit.start < sentence.end; token++) {
      if (pushes[token]! > 0) push += pushes[token]!;
    }
    if (push > bestPush) {
      bestPush = push;
      best = sentence;
    }
  }
  return best;
}

/** The index of the first of `sentences` (in text order, not overlapping) that ends after `offset`. */
function firstEndingAfter(sentences: readonly Unit[], offset: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sentences[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The words that pushed the score up the most, quoted, in the order they were written. */
function topWords(scores: ModelScores, pushes: Float64Array, unitText: string): string {
  const strongest = new Map<string, { push: number; at: number; text: string }>();
  scores.tokens.forEach((token, index) => {
    if (!token.word || pushes[index]! <= 0) return;
    const known = strongest.get(token.key);
    if (!known || pushes[index]! > known.push) {
      strongest.set(token.key, { push: pushes[index]!, at: token.start, text: unitText.slice(token.start, token.end) });
    }
  });
  return [...strongest.values()]
    .sort((a, b) => b.push - a.push)
    .slice(0, WORDS_SHOWN)
    .sort((a, b) => a.at - b.at)
    .map((word) => `"${word.text}"`)
    .join(', ');
}
