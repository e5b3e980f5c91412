import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { createAnalyzer as createEngine } from '../lib/analysis/engine';
import { platforms } from '../lib/analysis/platforms';
import { categoryIds, languages, severities, type Language } from '../lib/analysis/schema';
import { rules } from '../lib/analysis/registry';
import { runRule } from '../lib/analysis/testing';
import { usage } from '../lib/cli/args';
import { doctorUsage } from '../lib/cli/doctor-args';
import { formatText } from '../lib/cli/format-text';
import { cliMessages } from '../lib/cli/messages';
import { allTerms, anyPlatformTerm, categoryTerms, foldTerm, italianCalques, severityTerms } from '../lib/i18n/glossary';
import { en as english } from '../locales/en';
import { it as italian } from '../locales/it';
import { voiForms } from './italian-register';

const rulesDir = fileURLToPath(new URL('../lib/analysis/rules/', import.meta.url));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule conventions', () => {
  it('ids are unique kebab-case', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('the README documents every rule', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const rule of rules) expect(readme, rule.id).toContain(`\`${rule.id}\``);
  });

  it('every category has rules', () => {
    for (const category of categoryIds) {
      expect(rules.filter((rule) => rule.category === category).length, category).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('lives in a file named by its id, with a test file beside it', () => {
        expect(existsSync(`${rulesDir}${rule.id}.ts`)).toBe(true);
        expect(existsSync(`${rulesDir}${rule.id}.test.ts`)).toBe(true);
      });

      it('has its name, description and every message in English and Italian', () => {
        for (const language of languages) {
          const catalogue = rule.messages[language];
          expect(catalogue.name.length, language).toBeGreaterThan(2);
          expect(catalogue.description.length, language).toBeGreaterThan(20);
          expect(Object.keys(catalogue.messages).sort()).toEqual([...rule.messageIds].sort());
          for (const id of rule.messageIds) {
            const { message, why, fix } = catalogue.messages[id]!;
            for (const text of [message, why, fix]) expect(text.trim().length, `${language}.${id}`).toBeGreaterThan(5);
          }
        }
        // The same placeholders in both languages, so no translation drops a number.
        for (const id of rule.messageIds) {
          const en = rule.messages.en.messages[id]!;
          const it = rule.messages.it.messages[id]!;
          expect(placeholders(it.message + it.why + it.fix), id).toEqual(placeholders(en.message + en.why + en.fix));
        }
      });

      it('has default options that parse', () => {
        expect(() => rule.options.parse({})).not.toThrow();
      });

      it('flags its flagged examples and passes its ok examples', () => {
        expect(rule.examples.flagged.length).toBeGreaterThan(0);
        expect(rule.examples.ok.length).toBeGreaterThan(0);
        for (const example of rule.examples.flagged) {
          expect(runRule(rule, example).length, JSON.stringify(example)).toBeGreaterThan(0);
        }
        for (const example of rule.examples.ok) {
          expect(runRule(rule, example), JSON.stringify(example)).toEqual([]);
        }
      });
    });
  }
});

/** Every text the user reads, by language: the interface, the rules, the store listing and the CLI. */
function catalogueTexts(language: Language): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const [key, text] of Object.entries(interfaceCatalogues[language])) texts.push({ where: `locales/${language}.ts ${key}`, text });
  for (const [key, text] of Object.entries(cliMessages[language])) texts.push({ where: `lib/cli/messages.ts ${language}.${key}`, text });
  // "generic" is a value of --platform there, not a name shown to the user.
  texts.push({ where: `lib/cli/args.ts usage.${language}`, text: usage[language].replaceAll('generic', '') });
  texts.push({ where: `lib/cli/doctor-args.ts doctorUsage.${language}`, text: doctorUsage[language] });
  const store = JSON.parse(readFileSync(new URL(`../public/_locales/${language}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
  for (const [key, { message }] of Object.entries(store)) texts.push({ where: `public/_locales/${language} ${key}`, text: message });
  for (const rule of rules) {
    const catalogue = rule.messages[language];
    texts.push({ where: `${rule.id} name`, text: catalogue.name }, { where: `${rule.id} description`, text: catalogue.description });
    for (const [id, message] of Object.entries(catalogue.messages)) {
      for (const field of ['message', 'why', 'fix'] as const) texts.push({ where: `${rule.id} ${id}.${field}`, text: message[field] });
    }
  }
  return texts;
}

const interfaceCatalogues = { en: english, it: italian };
const quoted = (text: string) => [...text.matchAll(/"([^"\n]*)"/g)].map((match) => match[1]!);
const unquoted = (text: string) => text.replace(/"[^"\n]*"/g, '""');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `term` as a whole word or phrase, in any case. */
const wordPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu');

/** Drafts on the generic platform that make the rules name the platform. */
const genericDrafts = ['Novità in arrivo #uno #due #tre #quattro #cinque #sei #sette', 'Grazie a @anna @bruno @carla @dario @elena @fabio @gino'];

/** What the analysis and the CLI print in Italian for every flagged example, on its platform and on none. */
function renderedItalian(): { where: string; text: string }[] {
  const rendered: { where: string; text: string }[] = [];
  for (const rule of rules) {
    const drafts = [...rule.examples.flagged, ...genericDrafts].map((example) => (typeof example === 'string' ? { text: example } : example));
    for (const draft of drafts) {
      const settings = { rules: { [rule.id]: { options: draft.options } } };
      for (const platform of new Set([draft.platform ?? 'generic', 'generic'] as const)) {
        const report = createEngine(settings, [rule]).analyze(draft.text, { platform, language: draft.language, uiLanguage: 'it' });
        for (const finding of report.findings) {
          for (const field of ['message', 'why', 'fix'] as const) rendered.push({ where: `${rule.id} on ${platform}: ${finding[field]}`, text: finding[field] });
        }
        const cli = formatText([{ kind: 'checked', draft: { kind: 'draft', source: 'post.txt', text: draft.text }, report }], pc.createColors(false), 'it');
        // Rule ids ("no-confidential-terms") are identifiers, not words of the output.
        rendered.push({ where: `CLI for ${rule.id} on ${platform}`, text: cli.replaceAll(rule.id, '') });
      }
    }
  }
  return rendered;
}

describe('language conventions', () => {
  const italianTexts = catalogueTexts('it');
  const englishTexts = catalogueTexts('en');

  describe('the "voi" detector', () => {
    it('finds "voi" imperatives, pronouns and verbs with attached pronouns', () => {
      expect(voiForms('Scrivete a chi vi segue e aggiungete un esempio: evitate gli slogan.')).toEqual(['Scrivete', 'vi', 'aggiungete', 'evitate']);
      expect(voiForms('Il vostro team sa cosa avete fatto; scriveteci e iscrivetevi.')).toEqual(['vostro', 'avete', 'scriveteci', 'iscrivetevi']);
    });

    it('leaves "tu", participles, nouns in "-ete" and quoted drafts alone', () => {
      expect(voiForms('Recensioni pagate e informazioni inserite dalla rete aziendale: scrivi tu, chi legge decide.')).toEqual([]);
      expect(voiForms('Segnala frasi come "tornatevene a casa vostra" e «Restate sintonizzati».')).toEqual([]);
    });
  });

  it('Italian texts speak to the user as "tu", never "voi"', () => {
    for (const { where, text } of italianTexts) expect(voiForms(text), where).toEqual([]);
  });

  it('no English category or platform name appears in Italian, written or rendered', () => {
    const english = [...Object.values(categoryTerms).map((term) => term.en), anyPlatformTerm.en, platforms.generic.name];
    for (const { where, text } of [...italianTexts, ...renderedItalian().map(({ where, text }) => ({ where, text: unquoted(text) }))]) {
      for (const name of english) expect(wordPattern(name).test(text), `"${name}" in ${where}`).toBe(false);
    }
  });

  it('the rendered Italian names the generic platform in Italian', () => {
    const rendered = renderedItalian().filter(({ where }) => where.startsWith('no-tag-stuffing on generic'));
    expect(rendered.some(({ text }) => text.includes(`su ${anyPlatformTerm.it.toLowerCase()}`))).toBe(true);
  });

  it('apostrophes and quotes are straight, and an ellipsis is one character', () => {
    for (const { where, text } of [...italianTexts, ...englishTexts]) {
      expect(text, where).not.toMatch(/[‘’“”]/);
      // "...report" in the CLI's usage is a spread, not an ellipsis.
      expect(text, where).not.toMatch(/\.\.\.(?!\w)/);
    }
  });

  it('the interface names categories, severities, the fold and the generic platform with the glossary terms', () => {
    for (const language of languages) {
      const t = interfaceCatalogues[language];
      for (const category of categoryIds) expect(t[`category.${category}`]).toBe(categoryTerms[category][language]);
      for (const severity of ['ok', ...severities, 'off'] as const) expect(t[`severity.${severity}`]).toBe(severityTerms[severity][language]);
      expect(t['overlay.fold']).toContain(`"${foldTerm[language]}"`);
      expect(t['popup.platformGeneric']).toBe(anyPlatformTerm[language]);
    }
    // The badge reads "1 suggerimento: Consiglio", never the same word twice.
    for (const language of languages) {
      for (const severity of severities) {
        const t = interfaceCatalogues[language];
        const words = t['overlay.summaryOne'].replace('{worst}', t[`severity.${severity}`]).toLowerCase().match(/\p{L}+/gu) ?? [];
        expect(new Set(words).size, `${language} ${severity}`).toBe(words.length);
      }
    }
  });

  it('no text uses a form the glossary tells to avoid, nor an Italian calque', () => {
    const avoided = (language: Language) => [
      ...allTerms.flatMap((term) => term.avoid?.[language] ?? []),
      ...(language === 'it' ? italianCalques.map(({ avoid }) => avoid) : []),
    ];
    for (const [language, texts] of [['it', italianTexts], ['en', englishTexts]] as const) {
      for (const { where, text } of texts) {
        for (const form of avoided(language)) expect(wordPattern(form).test(text), `"${form}" in ${where}`).toBe(false);
      }
    }
  });

  it('the fold is quoted with the one glossary term in every text', () => {
    for (const { where, text } of italianTexts) {
      for (const quote of quoted(text).filter((quote) => /(?<!\p{L})altro(?!\p{L})/iu.test(quote))) expect(quote, where).toBe(foldTerm.it);
    }
    for (const { where, text } of englishTexts) {
      for (const quote of quoted(text).filter((quote) => /\b(?:see|read|show)\s+more\b/i.test(quote))) expect(quote, where).toBe(foldTerm.en);
    }
  });

  it('the README names the categories with their glossary terms and points contributors to the glossary', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const category of categoryIds) expect(wordPattern(categoryTerms[category].en).test(readme), category).toBe(true);
    expect(readme).toContain('lib/i18n/glossary.ts');
  });
});
