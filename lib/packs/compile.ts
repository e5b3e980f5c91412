import * as z from 'zod';
import { defineRule, type DocumentContext, type Rule } from '../analysis/define-rule';
import { findMatchesByLine } from '../analysis/line-matches';
import type { Match } from '../analysis/lexicon';
import { placedAt } from '../analysis/placement';
import type { Language } from '../analysis/schema';
import { packText, type PackMessageKey } from './messages';
import type { PackRule, Within } from './schema';
import { compileTokens, matchesToken } from './tokens';

const messageIds = ['finding', 'tooMany', 'tooFew', 'misplaced'] as const;
type MessageId = (typeof messageIds)[number];
type Context = DocumentContext<unknown, MessageId>;

/** What an occurrence rule counts, each bounded so that no text makes it slow. */
export const countPatterns = {
  hashtag: /(?<![\p{L}\p{N}_#&])#[\p{L}\p{N}_]{1,100}/gu,
  mention: /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_]{1,60}/gu,
  emoji: /\p{Extended_Pictographic}/gu,
  link: /(?<![\p{L}\p{N}_])(?:https?:\/\/|www\.)[^\s]{1,2000}/giu,
  exclamation: /!/gu,
} as const;

/** The span of the first line with text, where a missing token is reported. */
function firstLine(text: string): Match {
  const start = text.length - text.trimStart().length;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  return { start, end, text: text.slice(start, end) };
}

function expectedList(tokens: readonly string[]): string {
  const shown = tokens.slice(0, 5).map((token) => `"${token}"`);
  return tokens.length > 5 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function placementFix(within: Within): PackMessageKey {
  return within === 'start' ? 'where.start' : 'where.fold';
}

/**
 * One pack rule as an engine rule, so its findings look and behave like built-in ones: in the overlay,
 * the popup and the CLI, ignored for a draft or turned off like any rule.
 */
export function compilePackRule(rule: PackRule, packName: string): Rule {
  const tokenOptions = { ignoreCase: rule.ignoreCase, wholeWord: rule.wholeWord };
  const catalogue = (language: Language) => {
    const t = packText(language);
    const message = rule.message[language];
    const why = rule.why?.[language] ?? t('why.default', { pack: packName });
    const fix = (key: PackMessageKey) => rule.fix?.[language] ?? t(key);
    const where = 'within' in rule ? t(placementFix(rule.within)) : '';
    return {
      name: rule.name?.[language] ?? rule.id,
      description: `${packName}: ${message.replace(/\{\w+\}/g, '…')}`,
      messages: {
        finding: {
          message,
          why,
          fix: fix(rule.type === 'existence' ? 'fix.existence' : rule.type === 'substitution' ? 'fix.substitution' : rule.type === 'conditional' ? 'fix.conditional' : 'fix.required'),
        },
        tooMany: { message, why, fix: fix('fix.occurrenceMax') },
        tooFew: { message, why, fix: fix('fix.occurrenceMin') },
        misplaced: { message, why, fix: rule.fix?.[language] ?? t('fix.placement', { where }) },
      },
    };
  };
  const check = checker(rule, tokenOptions);
  return defineRule({
    id: rule.id,
    category: rule.category,
    languages: rule.languages ?? ['en', 'it'],
    defaultSeverity: rule.level,
    scope: 'document',
    options: z.object({}),
    messageIds,
    messages: { en: catalogue('en'), it: catalogue('it') },
    examples: { flagged: [], ok: [] },
    check(ctx) {
      if (rule.platforms && !rule.platforms.includes(ctx.platform.id)) return;
      if (!ctx.text.trim()) return;
      check(ctx);
    },
  });
}

function checker(rule: PackRule, tokenOptions: { ignoreCase: boolean; wholeWord: boolean }): (ctx: Context) => void {
  switch (rule.type) {
    case 'existence': {
      const pattern = compileTokens(rule.tokens, tokenOptions);
      return (ctx) => {
        for (const match of findMatchesByLine(ctx, pattern)) ctx.report({ messageId: 'finding', data: { match: match.text }, span: match });
      };
    }
    case 'substitution': {
      const entries = Object.entries(rule.swap);
      const pattern = compileTokens(Object.keys(rule.swap), tokenOptions);
      return (ctx) => {
        for (const match of findMatchesByLine(ctx, pattern)) {
          const preferred = entries.find(([token]) => matchesToken(token, match.text, rule.ignoreCase))?.[1];
          // "LinkedIn" found by the entry for "Linkedin" is already the preferred form.
          if (preferred === undefined || match.text === preferred) continue;
          ctx.report({ messageId: 'finding', data: { match: match.text, preferred }, span: match });
        }
      };
    }
    case 'occurrence': {
      const pattern = rule.count === 'tokens' ? compileTokens(rule.tokens ?? [], tokenOptions) : countPatterns[rule.count];
      return (ctx) => {
        const matches = findMatchesByLine(ctx, pattern);
        const scopes = rule.scope === 'sentence' ? ctx.sentences.map((s) => ({ start: s.start, end: s.end, text: s.text })) : [{ start: 0, end: ctx.text.length, text: ctx.text }];
        for (const scope of scopes) {
          const inScope = matches.filter((match) => match.start >= scope.start && match.end <= scope.end);
          const data = { count: inScope.length, ...(rule.min !== undefined ? { min: rule.min } : {}), ...(rule.max !== undefined ? { max: rule.max } : {}) };
          if (rule.max !== undefined && inScope.length > rule.max) {
            const extra = inScope.slice(rule.max);
            ctx.report({ messageId: 'tooMany', data: { ...data, match: extra[0]!.text }, span: { start: extra[0]!.start, end: extra.at(-1)!.end } });
          } else if (rule.min !== undefined && inScope.length < rule.min) {
            const span = rule.scope === 'sentence' ? scope : firstLine(ctx.text);
            if (span.end > span.start) ctx.report({ messageId: 'tooFew', data, span: { start: span.start, end: span.end } });
          }
        }
      };
    }
    case 'conditional':
    case 'required': {
      const expected = rule.type === 'conditional' ? rule.then : rule.tokens;
      const wanted = compileTokens(expected, tokenOptions);
      const trigger = rule.type === 'conditional' ? compileTokens(rule.if, tokenOptions) : null;
      return (ctx) => {
        const triggers = trigger ? findMatchesByLine(ctx, trigger) : [firstLine(ctx.text)];
        if (triggers.length === 0) return;
        const found = findMatchesByLine(ctx, wanted);
        const prominent = placedAt(ctx.text, ctx.stats.foldAt, rule.within);
        if (found.some((match) => prominent(match.start))) return;
        const data = { expected: expectedList(expected) };
        const hidden = found[0];
        if (hidden) {
          ctx.report({ messageId: 'misplaced', data: { ...data, match: hidden.text }, span: hidden });
          return;
        }
        for (const match of triggers) ctx.report({ messageId: 'finding', data: { ...data, match: match.text }, span: match });
      };
    }
  }
}
