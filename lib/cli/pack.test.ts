import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analysis';
import { parseArgs, UsageError } from './args';
import { InputError } from './inputs';
import { loadPacks, parsePackArgs, validatePackReport } from './pack';

const pack = {
  name: 'acme',
  version: '1.0.0',
  rules: [{ id: 'acme/codenames', type: 'existence', category: 'confidential', level: 'error', tokens: ['Project Falcon'], message: { en: '"{match}" is a codename.', it: '"{match}" è un nome in codice.' } }],
  settings: { rules: { 'no-shouting': { level: 'off' } } },
};
const badPack = { name: 'acme', version: '1.0.0', rules: [{ ...pack.rules[0], type: 'existance' }, { ...pack.rules[0], id: 'acme/y', tokens: [] }] };

describe('post-coach pack validate', () => {
  it('reads its arguments, in the language asked for', () => {
    expect(parsePackArgs(['validate', 'pack.json', '--ui-lang', 'it'])).toEqual({ name: 'pack-validate', file: 'pack.json', uiLanguage: 'it' });
    expect(parsePackArgs([])).toEqual({ name: 'pack-help', uiLanguage: 'en' });
    expect(() => parsePackArgs(['check', 'pack.json'])).toThrow(UsageError);
    expect(() => parsePackArgs(['validate', '--ui-lang', 'it'])).toThrow(/Quale pacchetto/);
  });

  it('exits 0 for a valid pack and 1 for an invalid one, each error with its path, in both languages', () => {
    expect(validatePackReport('acme.json', JSON.stringify(pack), 'en')).toEqual({ output: '✔ acme.json: rule pack "acme" 1.0.0, 1 rule\n', exitCode: 0 });
    const en = validatePackReport('acme.json', JSON.stringify(badPack), 'en');
    expect(en.exitCode).toBe(1);
    expect(en.output.split('\n').filter(Boolean)).toEqual([
      '✖ acme.json: not a valid rule pack',
      '  rules[0].type: unknown rule type; use existence, substitution, occurrence, conditional or required',
      '  rules[1].tokens: too short or empty (at least 1)',
    ]);
    const it = validatePackReport('acme.json', JSON.stringify(badPack), 'it');
    expect(it.output).toContain('rules[1].tokens: troppo corto o vuoto (almeno 1)');
  });
});

describe('post-coach check --rules', () => {
  it('takes one or more packs', () => {
    const command = parseArgs(['check', '--rules', 'a.json', '--rules=b.yaml', 'draft.txt']);
    expect(command.name === 'check' && command.options).toMatchObject({ rules: ['a.json', 'b.yaml'], files: ['draft.txt'] });
    expect(() => parseArgs(['check', '--rules'])).toThrow(UsageError);
  });

  it("runs a pack's rules and applies its settings", () => {
    const { rules, settings } = loadPacks([{ file: 'acme.json', text: JSON.stringify(pack) }], 'en');
    const report = createAnalyzer({ rules: settings.rules }, { extraRules: rules }).analyze('Project Falcon is LIVE NOW!!!', { language: 'en' });
    expect(report.findings.map((finding) => finding.ruleId)).toContain('acme/codenames');
    expect(report.findings.map((finding) => finding.ruleId)).not.toContain('no-shouting');
  });

  it('an invalid pack stops the check with its errors', () => {
    expect(() => loadPacks([{ file: 'bad.json', text: JSON.stringify(badPack) }], 'it')).toThrow(InputError);
    expect(() => loadPacks([{ file: 'bad.json', text: JSON.stringify(badPack) }], 'it')).toThrow(/rules\[0\]\.type: tipo di regola sconosciuto/);
  });
});

describe('post-coach pack and check --rules (spawned)', { timeout: 60_000 }, () => {
  const bin = fileURLToPath(new URL('./bin.js', import.meta.url));
  const workDir = mkdtempSync(join(tmpdir(), 'post-coach-pack-'));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));
  const run = (args: string[], input = '') => spawnSync(process.execPath, [bin, ...args], { cwd: workDir, input, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 30_000 });

  it('validate exits 1 with the paths; check flags the pack term and exits 1', () => {
    writeFileSync(join(workDir, 'bad.json'), JSON.stringify(badPack));
    writeFileSync(join(workDir, 'acme.yaml'), `name: acme\nversion: 1.0.0\nrules:\n  - id: acme/codenames\n    type: existence\n    category: confidential\n    level: error\n    tokens: [Project Falcon]\n    message: { en: 'Codename: {match}', it: 'Nome in codice: {match}' }\n`);
    const invalid = run(['pack', 'validate', 'bad.json', '--ui-lang', 'it']);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain('rules[0].type:');
    const checked = run(['check', '--rules', 'acme.yaml', '--format', 'json'], 'Project Falcon ships in May.');
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(1);
    expect(JSON.parse(checked.stdout)[0].report.findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('acme/codenames');
  });
});
