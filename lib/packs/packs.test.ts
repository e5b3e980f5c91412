import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis/engine';
import type { Rule } from '../analysis/define-rule';
import { hasNoUnboundedRepeat } from '../analysis/regex-inventory';
import type { Language, PlatformId } from '../analysis/schema';
import { countPatterns } from './compile';
import { builtinPackNames } from './ids';
import { builtinPack, compilePacks, packRules, teamTermRules } from './packs';
import { formatPackError, parsePackText, validatePack } from './parse';
import { RulePackSchema, type PackRuleInput } from './schema';
import { compileTokens } from './tokens';

const base = { category: 'confidential', level: 'error', message: { en: '"{match}" is a codename.', it: '"{match}" è un nome in codice.' } } as const;

function packOf(...rules: PackRuleInput[]) {
  return RulePackSchema.parse({ name: 'acme', version: '1.0.0', rules });
}

function run(rules: Rule[], text: string, options: { platform?: PlatformId; language?: Language; uiLanguage?: Language } = {}) {
  return createAnalyzer({}, rules, { throwRuleErrors: true })
    .analyze(text, { language: 'en', ...options })
    .findings.map((finding) => ({ rule: finding.ruleId, id: finding.messageId, match: text.slice(finding.span.start, finding.span.end), message: finding.message, severity: finding.severity }));
}

const compile = (...rules: PackRuleInput[]) => compilePacks([{ rules: packRules(packOf(...rules)) }]);

describe('pack schema', () => {
  it('accepts every rule type and fills the defaults', () => {
    const pack = packOf(
      { ...base, id: 'acme/codenames', type: 'existence', tokens: ['Falcon'] },
      { ...base, id: 'acme/names', type: 'substitution', swap: { Linkedin: 'LinkedIn' } },
      { ...base, id: 'acme/hashtags', type: 'occurrence', count: 'hashtag', max: 3, platforms: ['linkedin'] },
      { ...base, id: 'acme/promo', type: 'conditional', if: ['promo code'], then: ['#ad'], within: 'fold' },
      { ...base, id: 'acme/campaign', type: 'required', tokens: ['#acmeweek'], languages: ['it'] },
    );
    expect(pack.rules.map((rule) => [rule.type, rule.ignoreCase, rule.wholeWord])).toEqual([
      ['existence', true, true],
      ['substitution', true, true],
      ['occurrence', true, true],
      ['conditional', true, true],
      ['required', true, true],
    ]);
    expect(pack.extends).toEqual([]);
  });

  it('every built-in pack is valid data', () => {
    for (const name of builtinPackNames) expect(builtinPack(name).name).toBe(name);
  });

  it('rejects a bad pack whole, naming each bad path, in English and Italian', () => {
    const bad = {
      name: 'Acme Pack',
      version: '1.0.0',
      rules: [
        { ...base, id: 'codenames', type: 'existence', tokens: ['Falcon'] },
        { ...base, id: 'acme/x', type: 'existance', tokens: ['a'] },
        { ...base, id: 'acme/y', type: 'occurrence', count: 'hashtag' },
        { ...base, id: 'acme/z', type: 'existence', tokens: ['*a*b*'], message: { en: 'x' } },
      ],
      settings: { mode: 'guru', colour: 'red' },
    };
    const en = validatePack(bad, 'en');
    expect(en.ok).toBe(false);
    if (en.ok) return;
    expect(en.errors.map((error) => error.path).sort()).toEqual(
      ['name', 'rules[0].id', 'rules[1].type', 'rules[2].max', 'rules[3].tokens[0]', 'rules[3].message.it', 'settings.mode', 'settings.colour'].sort(),
    );
    const it = validatePack(bad, 'it');
    expect(it.ok || it.errors.map((error) => formatPackError(error, 'it'))).toContain('settings.colour: non è un\'impostazione di Post Coach');
    expect(it.ok || it.errors.find((error) => error.path === 'rules[1].type')?.message).toMatch(/tipo di regola sconosciuto/);
  });

  it('reads YAML as well as JSON, and reports syntax errors', () => {
    const yaml = 'name: acme\nversion: 1.0.0\nrules:\n  - id: acme/codenames\n    type: existence\n    category: confidential\n    level: error\n    tokens: [Falcon]\n    message: { en: "Codename", it: "Nome in codice" }\n';
    const parsed = parsePackText(yaml);
    expect(parsed.ok && parsed.pack.rules[0]?.id).toBe('acme/codenames');
    const broken = parsePackText('{ "name": ', 'it');
    expect(broken.ok || broken.errors[0]?.message).toMatch(/^non è JSON o YAML valido/);
  });
});

describe('pack rules in the engine', () => {
  it('existence: tokens with wildcards, whole words, case ignored by default', () => {
    const rules = compile({ ...base, id: 'acme/codenames', type: 'existence', tokens: ['Project Falcon', 'orion*'] });
    expect(run(rules, 'Working late on project  falcon and Orionx, not on Falconer.').map((f) => f.match)).toEqual(['project  falcon', 'Orionx']);
    expect(run(rules, 'Project Falcon', { uiLanguage: 'it' })[0]).toMatchObject({ rule: 'acme/codenames', severity: 'error', message: '"Project Falcon" è un nome in codice.' });
  });

  it('existence: ignoreCase false and wholeWord false', () => {
    const rules = compile({ ...base, id: 'acme/x', type: 'existence', tokens: ['ACME'], ignoreCase: false, wholeWord: false });
    expect(run(rules, 'acme and ACMEcorp').map((f) => f.match)).toEqual(['ACME']);
  });

  it('substitution shows the preferred form and leaves it alone', () => {
    const rules = compile({ ...base, id: 'acme/names', type: 'substitution', swap: { Linkedin: 'LinkedIn', guys: 'everyone' }, message: { en: 'Write "{preferred}", not "{match}".', it: 'Scrivi "{preferred}", non "{match}".' } });
    expect(run(rules, 'Hi guys, see you on Linkedin and on LinkedIn.').map((f) => f.message)).toEqual(['Write "everyone", not "guys".', 'Write "LinkedIn", not "Linkedin".']);
  });

  it('occurrence: at most 3 hashtags on LinkedIn only, per post', () => {
    const rules = compile({ ...base, id: 'acme/hashtags', type: 'occurrence', count: 'hashtag', max: 3, platforms: ['linkedin'] });
    const text = 'Five tips. #a #b #c #d #e';
    expect(run(rules, text, { platform: 'linkedin' }).map((f) => [f.id, f.match])).toEqual([['tooMany', '#d #e']]);
    expect(run(rules, text, { platform: 'x' })).toEqual([]);
  });

  it('occurrence: min per sentence, and token counts', () => {
    const rules = compile({ ...base, id: 'acme/bang', type: 'occurrence', count: 'exclamation', scope: 'sentence', max: 1 }, { ...base, id: 'acme/brand', type: 'occurrence', count: 'tokens', tokens: ['Acme'], min: 1 });
    expect(run(rules, 'Great!! Really! Fine.').map((f) => [f.rule, f.id, f.match])).toEqual([
      ['acme/brand', 'tooFew', 'Great!! Really! Fine.'],
      ['acme/bang', 'tooMany', '!'],
    ]);
  });

  it('conditional: a promo code needs a disclosure, and one after the fold is hidden', () => {
    const rules = compile({ ...base, id: 'acme/promo', type: 'conditional', if: ['promo code'], then: ['#ad'], within: 'fold' });
    expect(run(rules, 'Use promo code ACME10 today.').map((f) => [f.id, f.match])).toEqual([['finding', 'promo code']]);
    expect(run(rules, '#ad Use promo code ACME10 today.')).toEqual([]);
    const late = `Use promo code ACME10 today.\n${'A long story about our week. '.repeat(12)}\n#ad`;
    expect(run(rules, late, { platform: 'linkedin' }).map((f) => [f.id, f.match])).toEqual([['misplaced', '#ad']]);
  });

  it('required: within the start, not in the closing hashtags', () => {
    const rules = compile({ ...base, id: 'acme/label', type: 'required', tokens: ['#pubblicità'], within: 'start', languages: ['it'] });
    expect(run(rules, '#pubblicità La crema che uso da un mese.', { language: 'it' })).toEqual([]);
    expect(run(rules, 'La crema che uso da un mese. #skincare #beauty #pubblicità', { language: 'it' }).map((f) => [f.id, f.match])).toEqual([['misplaced', '#pubblicità']]);
    expect(run(rules, 'La crema che uso da un mese.', { language: 'it' }).map((f) => f.id)).toEqual(['finding']);
    expect(run(rules, 'La crema che uso da un mese.', { language: 'en' })).toEqual([]);
  });

  it('extends built-in packs, its own rule winning over an extended one with the same id', () => {
    const pack = RulePackSchema.parse({ name: 'acme', version: '1.0.0', extends: ['disclosure-us-ftc'], rules: [{ ...base, id: 'ftc/unclear-disclosure', type: 'existence', tokens: ['#spon'] }] });
    const rules = packRules(pack);
    expect(rules.filter(({ rule }) => rule.id === 'ftc/unclear-disclosure')).toHaveLength(1);
    expect(rules.find(({ rule }) => rule.id === 'ftc/unclear-disclosure')?.pack).toBe('acme');
    expect(rules.some(({ rule }) => rule.id === 'ftc/disclosure-up-front')).toBe(true);
  });

  it('team terms that a pack would refuse are left out, so no term can match every word or slow a search', () => {
    const rules = compilePacks([{ rules: teamTermRules({ banned: ['*', 'a*b*c*d', ' ', 'Globex'], preferred: { '*': 'x', 'ok': 'fine' } }).map((rule) => ({ rule, pack: 'team' })) }]);
    expect(run(rules, 'Every word is ok here, Globex too.').map((f) => f.match)).toEqual(['ok', 'Globex']);
  });

  it('team terms: banned and preferred, in both languages', () => {
    const rules = compilePacks([{ rules: teamTermRules({ banned: ['Globex'], preferred: { 'e-mail': 'email' } }).map((rule) => ({ rule, pack: 'team' })) }]);
    expect(run(rules, 'Send an e-mail to Globex.').map((f) => [f.rule, f.match])).toEqual([
      ['team/preferred-terms', 'e-mail'],
      ['team/banned-terms', 'Globex'],
    ]);
    expect(run(rules, 'Scrivi una e-mail.', { language: 'it', uiLanguage: 'it' })[0]?.message).toBe('Il tuo team scrive "email", non "e-mail".');
  });
});

describe('built-in packs', () => {
  const all = compilePacks(builtinPackNames.map((name) => ({ rules: packRules(builtinPack(name)) })));
  it('FTC: a disclosure in the closing hashtags is hidden; #sp is not enough', () => {
    expect(run(all, 'Use my code ANNA20 for 20% off! #skincare #glow #beauty #ad').map((f) => [f.rule, f.id, f.match])).toContainEqual(['ftc/disclosure-up-front', 'misplaced', '#ad']);
    expect(run(all, '#ad Use my code ANNA20 for 20% off!').filter((f) => f.rule.startsWith('ftc/'))).toEqual([]);
    expect(run(all, 'Loving this serum #sp').map((f) => f.rule)).toContain('ftc/unclear-disclosure');
  });
  it('AGCOM: an Italian label at the start; #adv alone is only a tip', () => {
    const found = run(all, 'Con il mio codice GIULIA15 hai il 15% di sconto #adv', { language: 'it' });
    expect(found.map((f) => [f.rule, f.severity])).toEqual(expect.arrayContaining([['agcom/etichetta-all-inizio', 'error'], ['agcom/adv-da-solo', 'info']]));
    expect(run(all, '#pubblicità Con il mio codice GIULIA15 hai il 15% di sconto', { language: 'it' }).filter((f) => f.rule.startsWith('agcom/'))).toEqual([]);
  });
  it('inclusive language, one pack per language', () => {
    expect(run(all, 'Hey guys, we need more manpower.').map((f) => f.match)).toEqual(['Hey guys', 'manpower']);
    expect(run(all, 'Ciao ragazzi, un evento per persone diversamente abili.', { language: 'it' }).map((f) => f.match)).toEqual(['Ciao ragazzi', 'diversamente abili']);
  });
});

describe('linear time by construction', () => {
  it('compiled tokens and counters never repeat without bound', () => {
    const tokens = [compileTokens(['a*b*', 'paid  partnership', '(x+)+', "l'uomo", '#ad', '*ing'], { ignoreCase: true, wholeWord: true })];
    const builtins = builtinPackNames.flatMap((name) => builtinPack(name).rules.flatMap((rule) => ('tokens' in rule && rule.tokens ? [compileTokens(rule.tokens, rule)] : [])));
    for (const pattern of [...tokens, ...builtins, ...Object.values(countPatterns)]) expect(hasNoUnboundedRepeat(pattern.source, pattern.flags), pattern.source).toBe(true);
  });
  it('a hostile token on a long text stays fast', () => {
    const rules = compile({ ...base, id: 'acme/x', type: 'existence', tokens: ['a*a*', 'a a a a'] });
    const start = performance.now();
    run(rules, `${'a'.repeat(50_000)} ${'a '.repeat(20_000)}`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

describe('exportTeamPack', () => {
  it("exports the imported pack with the team's terms as rules, as a valid pack", async () => {
    const { exportTeamPack } = await import('./export');
    const imported = packOf({ ...base, id: 'acme/codenames', type: 'existence', tokens: ['Falcon'] });
    const exported = exportTeamPack({ imported, confidential: ['Orion'], banned: ['Globex'], preferred: { 'e-mail': 'email' } });
    expect(exported.rules.map((rule) => rule.id)).toEqual(['acme/codenames', 'team/confidential-terms', 'team/banned-terms', 'team/preferred-terms']);
    const again = validatePack(JSON.parse(JSON.stringify(exported)));
    expect(again.ok).toBe(true);
    expect(exportTeamPack({ imported: null, confidential: [], banned: [], preferred: {} })).toMatchObject({ name: 'my-team', rules: [] });
  });
});

describe('every rule type speaks both languages', () => {
  const message = { en: 'EN {match}', it: 'IT {match}' };
  const cases: Array<{ rule: PackRuleInput; text: string; fix: { en: RegExp; it: RegExp } }> = [
    { rule: { ...base, message, id: 'acme/a', type: 'existence', tokens: ['Falcon'] }, text: 'Falcon flies.', fix: { en: /^Remove "Falcon"/, it: /^Togli "Falcon"/ } },
    { rule: { ...base, message, id: 'acme/b', type: 'substitution', swap: { guys: 'everyone' } }, text: 'Hi guys.', fix: { en: /^Write "everyone" instead of "guys"/, it: /^Scrivi "everyone" al posto di "guys"/ } },
    { rule: { ...base, message, id: 'acme/c', type: 'occurrence', count: 'hashtag', max: 1 }, text: 'News #a #b', fix: { en: /at most \(this draft has 2\)|Keep it to 1 at most/, it: /Non andare oltre 1/ } },
    { rule: { ...base, message, id: 'acme/d', type: 'conditional', if: ['promo'], then: ['#ad'] }, text: 'A promo today.', fix: { en: /^Add one of: "#ad"/, it: /^Aggiungi una di queste diciture: "#ad"/ } },
    { rule: { ...base, message, id: 'acme/e', type: 'required', tokens: ['#acme'], within: 'start' }, text: 'News today.\nMore. #x #y #acme', fix: { en: /^Move "#acme" to the first line/, it: /^Sposta "#acme" nella prima riga/ } },
  ];
  for (const { rule, text, fix } of cases) {
    it(rule.type, () => {
      for (const uiLanguage of ['en', 'it'] as const) {
        const [finding] = createAnalyzer({}, compile(rule), { throwRuleErrors: true }).analyze(text, { language: 'en', uiLanguage }).findings;
        expect(finding?.message.startsWith(uiLanguage.toUpperCase())).toBe(true);
        expect(finding?.fix).toMatch(fix[uiLanguage]);
        expect(finding?.why).toContain('"acme"');
      }
    });
  }
});
