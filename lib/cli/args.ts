import { parseArgs as tokenize } from 'node:util';
import * as z from 'zod';
import { LanguageSchema, PlatformIdSchema, platformIds, type Language, type PlatformId } from '../analysis/schema';
import { describeIssue } from './describe-issue';
import { cliText } from './messages';

export const outputFormats = ['text', 'json', 'jsonl'] as const;
export const OutputFormatSchema = z.enum(outputFormats);
export type OutputFormat = z.infer<typeof OutputFormatSchema>;

/** Stands for standard input among the files. */
export const STDIN = '-';

export interface CheckOptions {
  /** Files to check, `-` for standard input; empty means standard input. */
  files: string[];
  platform?: PlatformId;
  /** Forces the drafts' language instead of detecting it. */
  language?: Language;
  uiLanguage: Language;
  format: OutputFormat;
  /** Rule packs (JSON or YAML files) whose rules run with the built-in ones. */
  rules: string[];
}

export type Command = { name: 'help'; uiLanguage: Language } | { name: 'version' } | { name: 'check'; options: CheckOptions };

/** A mistake in how the tool was called: exit code 2, nothing checked. The message is in `language`. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly language: Language = 'en',
  ) {
    super(message);
  }
}

/** `post-coach check --help`, in the `--ui-lang` language. */
export const usage: Readonly<Record<Language, string>> = {
  en: `Usage: post-coach check [files…] [options]

Checks social-media drafts locally and reports what to improve.
Reads standard input when no file is given or a file is "-".

Options:
  --platform <id>    ${platformIds.join(', ')}
                     (default: generic, which has no length limit)
  --lang <en|it>     language of the drafts (default: detected for each draft)
  --ui-lang <en|it>  language of the messages (default: en)
  --format <format>  text (default), json or jsonl
  --rules <file>     a rule pack (JSON or YAML) whose rules run too; may be repeated
  -h, --help         show this help
  -v, --version      show the version

Inputs:
  a plain file       one draft
  a .csv file        one draft per row: a header row with a "text" column and optional
                     "id", "platform" and "lang" columns, separated by "," or ";"
  JSON lines         one draft per line: {"id": …, "text": "…", "platform"?: "…", "lang"?: "…"};
                     how standard input and files are read with --format jsonl, and how
                     .jsonl and .ndjson files are always read
  A row's platform and lang override --platform and --lang.

Output (--format):
  text               each draft's findings as line:column (1-based; columns count UTF-16 code
                     units, so an emoji counts 2), its length and reading stats, then a summary
  json               one array of {"file", "id"?, "report"}; a bad row gives {"file", "id"?,
                     "line", "error"}
  jsonl              one line per row: {"id", ...report}, or {"id"?, "line", "error"} for a bad
                     row; rows from a named file also carry "file"

Exit codes: 0 no error findings (warnings and infos allowed), 1 an error finding or a bad row,
2 a usage mistake or an unreadable input.

Also: post-coach doctor <page.html>, a site health check (post-coach doctor --help);
post-coach pack validate <pack.json>, checks a rule pack (post-coach pack --help).`,
  it: `Uso: post-coach check [file…] [opzioni]

Controlla in locale le bozze per i social e indica cosa migliorare.
Legge l'input standard se non indichi nessun file o se un file è "-".

Opzioni:
  --platform <id>    ${platformIds.join(', ')}
                     (predefinita: generic, cioè qualsiasi piattaforma, senza limite di lunghezza)
  --lang <en|it>     lingua delle bozze (predefinita: rilevata per ogni bozza)
  --ui-lang <en|it>  lingua dei messaggi (predefinita: en)
  --format <formato> text (predefinito), json o jsonl
  --rules <file>     un pacchetto di regole (JSON o YAML) da applicare in più; puoi ripeterlo
  -h, --help         mostra questo aiuto
  -v, --version      mostra la versione

Input:
  un file di testo   una bozza
  un file .csv       una bozza per riga: una riga di intestazione con una colonna "text" e, se
                     servono, le colonne "id", "platform" e "lang", separate da "," o ";"
  JSON lines         una bozza per riga: {"id": …, "text": "…", "platform"?: "…", "lang"?: "…"};
                     così si leggono l'input standard e i file con --format jsonl, e sempre i
                     file .jsonl e .ndjson
  La piattaforma e la lingua indicate in una riga prevalgono su --platform e --lang.

Output (--format):
  text               i suggerimenti di ogni bozza come riga:colonna (da 1; le colonne contano
                     unità di codice UTF-16, quindi un'emoji vale 2), lunghezza e tempo di
                     lettura, poi un riepilogo
  json               un array di {"file", "id"?, "report"}; una riga non valida dà {"file",
                     "id"?, "line", "error"}
  jsonl              una riga per bozza: {"id", ...report}, oppure {"id"?, "line", "error"} per
                     una riga non valida; le righe di un file con nome hanno anche "file"

Codici di uscita: 0 nessun errore (avvisi e consigli ammessi), 1 un errore o una riga non valida,
2 un errore di utilizzo o un input illeggibile.

Inoltre: post-coach doctor <pagina.html>, un controllo dei siti (post-coach doctor --help);
post-coach pack validate <pacchetto.json>, controlla un pacchetto di regole (post-coach pack --help).`,
};

const valueFlags = {
  platform: PlatformIdSchema,
  lang: LanguageSchema,
  'ui-lang': LanguageSchema,
  format: OutputFormatSchema,
} as const;
type ValueFlag = keyof typeof valueFlags;

const isValueFlag = (name: string): name is ValueFlag => Object.hasOwn(valueFlags, name);

/** Reads the command line (without the node and script paths). Throws UsageError with a message for the user. */
export function parseArgs(argv: readonly string[]): Command {
  const { tokens } = tokenize({
    args: [...argv],
    // Not strict, so unknown flags come back as tokens and get our own message instead of a stack trace.
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: {
      ...Object.fromEntries(Object.keys(valueFlags).map((name) => [name, { type: 'string' as const }])),
      rules: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });

  // Known first, so that every other mistake is explained in the language asked for.
  const uiLanguageToken = tokens.findLast((token) => token.kind === 'option' && token.name === 'ui-lang');
  const language = LanguageSchema.safeParse(uiLanguageToken?.kind === 'option' ? uiLanguageToken.value?.trim().toLowerCase() : undefined).data ?? 'en';
  const t = cliText(language);

  const values: Partial<Record<ValueFlag, string>> = {};
  const positionals: string[] = [];
  const rules: string[] = [];
  let help = false;
  let version = false;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
    } else if (token.kind === 'option') {
      const { name, rawName, value, inlineValue } = token;
      if (isValueFlag(name)) {
        // Non-strict parsing takes the next argument as the value even when it is another flag.
        if (value === undefined || (!inlineValue && value.startsWith('-'))) {
          throw new UsageError(t('usage.missingValue', { flag: rawName, values: valueFlags[name].options.join(', ') }), language);
        }
        values[name] = value;
      } else if (name === 'rules') {
        if (value === undefined || (!inlineValue && value.startsWith('-'))) throw new UsageError(t('usage.missingRules', { flag: rawName }), language);
        rules.push(value);
      } else if (name === 'help' || name === 'version') {
        if (value !== undefined) throw new UsageError(t('usage.noValue', { flag: rawName }), language);
        if (name === 'help') help = true;
        else version = true;
      } else {
        throw new UsageError(t('usage.unknownOption', { flag: rawName }), language);
      }
    }
  }
  if (help) return { name: 'help', uiLanguage: language };
  if (version) return { name: 'version' };

  // `check` is the only command; it may be left out, as `npm run check -- file.txt` does.
  const files = positionals[0] === 'check' ? positionals.slice(1) : positionals;
  return {
    name: 'check',
    options: {
      files,
      platform: parseFlag('platform', values.platform, language),
      language: parseFlag('lang', values.lang, language),
      uiLanguage: parseFlag('ui-lang', values['ui-lang'], language) ?? 'en',
      format: parseFlag('format', values.format, language) ?? 'text',
      rules,
    },
  };
}

function parseFlag<F extends ValueFlag>(flag: F, raw: string | undefined, language: Language): z.infer<(typeof valueFlags)[F]> | undefined {
  if (raw === undefined) return undefined;
  const parsed = valueFlags[flag].safeParse(raw.trim().toLowerCase());
  if (!parsed.success) throw new UsageError(`${describeIssue(parsed.error.issues[0], `--${flag}`, raw, language)}.`, language);
  return parsed.data as z.infer<(typeof valueFlags)[F]>;
}
