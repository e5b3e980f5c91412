import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/index';
import { languages, ruleIds } from '../analysis/ids';
import { allTerms, italianCalques } from '../i18n/glossary';
import { voiForms } from '../../tests/italian-register';
import { principleIds } from './define-lesson';
import { draftSettings, isQuiet } from './drills';
import { principles } from './principles';
import { findLesson, lessons } from './registry';

const lessonsDir = fileURLToPath(new URL('./lessons/', import.meta.url));
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu');

describe('lessons', () => {
  it('one per rule, in the order of the rule ids, each in a file named by its rule id', () => {
    expect(lessons.map((lesson) => lesson.ruleId)).toEqual([...ruleIds]);
    const files = readdirSync(lessonsDir).map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ruleIds].sort());
    for (const id of ruleIds) expect(existsSync(`${lessonsDir}${id}.ts`), id).toBe(true);
    expect(findLesson('no-hard-sell')?.ruleId).toBe('no-hard-sell');
    expect(findLesson('not-a-rule')).toBeUndefined();
  });

  it('every principle is taught by some lesson and named in both languages', () => {
    expect(new Set(lessons.map((lesson) => lesson.principle))).toEqual(new Set(principleIds));
    for (const id of principleIds) for (const language of languages) expect(principles[id][language].name.length, id).toBeGreaterThan(5);
  });

  // The real analyser, with default settings and the lesson's own options for its rule: the weak
  // draft must trip the rule, the strong one must leave it quiet and pass the drill (no warning or error at all).
  for (const lesson of lessons) {
    for (const language of languages) {
      it(`${lesson.ruleId} (${language}): the weak draft is flagged by its rule, the strong one is quiet`, () => {
        const analyzer = createAnalyzer(draftSettings(lesson));
        const { weak, strong } = lesson.text[language];
        const context = { platform: lesson.platform, language };
        const weakReport = analyzer.analyze(weak, context);
        expect(weakReport.findings.map((finding) => finding.ruleId), weak).toContain(lesson.ruleId);
        expect(isQuiet(weakReport, lesson.ruleId), 'the weak draft already passes the drill').toBe(false);
        const strongReport = analyzer.analyze(strong, context);
        expect(strongReport.language, 'the strong draft is read in its language').toBe(language);
        expect(
          strongReport.findings.filter((finding) => finding.ruleId === lesson.ruleId || finding.severity !== 'info').map((finding) => `${finding.ruleId}: ${strong.slice(finding.span.start, finding.span.end)}`),
        ).toEqual([]);
        expect(isQuiet(strongReport, lesson.ruleId)).toBe(true);
      });
    }
  }
});

describe('lesson texts', () => {
  const texts = lessons.flatMap((lesson) =>
    languages.flatMap((language) =>
      (['why', 'exercise', 'weak', 'strong'] as const).map((field) => ({ language, where: `${lesson.ruleId} ${language}.${field}`, field, text: lesson.text[language][field] })),
    ),
  );
  const principleTexts = principleIds.flatMap((id) => languages.map((language) => ({ language, where: `principle ${id}`, text: `${principles[id][language].name}. ${principles[id][language].summary}` })));

  it('are written out in both languages, and the two languages differ', () => {
    for (const { where, text } of texts) expect(text.trim().length, where).toBeGreaterThan(10);
    for (const lesson of lessons) for (const field of ['why', 'exercise', 'weak', 'strong'] as const) expect(lesson.text.it[field], lesson.ruleId).not.toBe(lesson.text.en[field]);
  });

  it('the Italian coaching speaks to the user as "tu" (drafts may address their own readers as they like)', () => {
    for (const { where, text } of [...texts.filter(({ language, field }) => language === 'it' && (field === 'why' || field === 'exercise')), ...principleTexts.filter(({ language }) => language === 'it')]) {
      expect(voiForms(text), where).toEqual([]);
    }
  });

  it('use no form the glossary tells to avoid, nor an Italian calque', () => {
    for (const { language, where, text } of [...texts, ...principleTexts]) {
      const avoided = [...allTerms.flatMap((term) => term.avoid?.[language] ?? []), ...(language === 'it' ? italianCalques.map(({ avoid }) => avoid) : [])];
      for (const form of avoided) expect(wordPattern(form).test(text), `"${form}" in ${where}`).toBe(false);
    }
  });

  it('apostrophes and quotes are straight, and an ellipsis is one character', () => {
    for (const { where, text } of [...texts, ...principleTexts]) {
      expect(text, where).not.toMatch(/[‘’“”]/);
      expect(text, where).not.toMatch(/\.\.\./);
    }
  });
});
