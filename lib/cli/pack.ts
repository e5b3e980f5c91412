import { parseArgs as tokenize } from 'node:util';
import type { Rule } from '../analysis/define-rule';
import { LanguageSchema, type Language } from '../analysis/schema';
import { compilePacks, packRules } from '../packs/packs';
import { formatPackError, parsePackText } from '../packs/parse';
import type { RulePack } from '../packs/schema';
import { emptyPolicy } from '../settings/policy';
import { resolveSettings } from '../settings/resolve';
import { defaultSettings, type Settings } from '../settings/schema';
import { UsageError } from './args';
import { InputError } from './inputs';
import { cliText } from './messages';

/** `post-coach pack --help`, in the `--ui-lang` language. */
export const packUsage: Readonly<Record<Language, string>> = {
  en: `Usage: post-coach pack validate <pack.json|pack.yaml> [--ui-lang en|it]

Checks a rule pack against the pack format and prints each problem with its path
(e.g. "rules[2].tokens[0]: too long"). Exit codes: 0 a valid pack, 1 an invalid pack,
2 a usage mistake or an unreadable file.

Run a pack's rules on drafts with: post-coach check --rules <pack.json> [files…]`,
  it: `Uso: post-coach pack validate <pacchetto.json|pacchetto.yaml> [--ui-lang en|it]

Controlla un pacchetto di regole rispetto al formato e mostra ogni problema con il suo
percorso (per esempio "rules[2].tokens[0]: troppo lungo"). Codici di uscita: 0 pacchetto valido,
1 pacchetto non valido, 2 un errore di utilizzo o un file illeggibile.

Per applicare le regole di un pacchetto alle bozze: post-coach check --rules <pacchetto.json> [file…]`,
};

export type PackCommand = { name: 'pack-help'; uiLanguage: Language } | { name: 'pack-validate'; file: string; uiLanguage: Language };

/** Reads `post-coach pack …` (the arguments after "pack"). */
export function parsePackArgs(argv: readonly string[]): PackCommand {
  const { values, positionals } = tokenize({ args: [...argv], strict: false, allowPositionals: true, options: { 'ui-lang': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const uiLanguage = LanguageSchema.safeParse(typeof values['ui-lang'] === 'string' ? values['ui-lang'].trim().toLowerCase() : undefined).data ?? 'en';
  const t = cliText(uiLanguage);
  if (values.help || positionals.length === 0) return { name: 'pack-help', uiLanguage };
  const [command, file] = positionals;
  if (command !== 'validate') throw new UsageError(t('pack.unknownCommand', { command: command! }), uiLanguage);
  if (!file) throw new UsageError(t('pack.missingFile'), uiLanguage);
  return { name: 'pack-validate', file, uiLanguage };
}

/** The text of `pack validate` and its exit code: 0 valid, 1 invalid (each error on its own line, with its path). */
export function validatePackReport(file: string, text: string, language: Language): { output: string; exitCode: 0 | 1 } {
  const t = cliText(language);
  const parsed = parsePackText(text, language);
  if (parsed.ok) {
    const rules = packRules(parsed.pack).length;
    return { output: `${t('pack.valid', { file, name: parsed.pack.name, version: parsed.pack.version, rules: t.count('rules', rules) })}\n`, exitCode: 0 };
  }
  const lines = parsed.errors.map((error) => `  ${formatPackError(error, language)}`);
  return { output: `${t('pack.invalid', { file })}\n${lines.join('\n')}\n`, exitCode: 1 };
}

/** The rules and settings of the packs given with `--rules`; an invalid pack stops the check (exit 2) with its errors. */
export function loadPacks(files: ReadonlyArray<{ file: string; text: string }>, language: Language): { rules: Rule[]; settings: Settings } {
  const packs: RulePack[] = [];
  for (const { file, text } of files) {
    const parsed = parsePackText(text, language);
    if (!parsed.ok) {
      const t = cliText(language);
      throw new InputError([t('pack.invalid', { file }), ...parsed.errors.map((error) => `  ${formatPackError(error, language)}`)].join('\n'));
    }
    packs.push(parsed.pack);
  }
  // Later packs' settings over earlier ones', as if each were imported over the last.
  const settings = packs.reduce((user, pack) => resolveSettings({ user, pack, managed: emptyPolicy }).settings, defaultSettings);
  return { rules: compilePacks(packs.map((pack) => ({ rules: packRules(pack) }))), settings };
}
