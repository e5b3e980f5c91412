import { parseArgs as tokenize } from 'node:util';
import { LanguageSchema, type Language } from '../analysis/schema';
import { STDIN, UsageError } from './args';
import { describeIssue } from './describe-issue';
import { cliText } from './messages';

export interface DoctorOptions {
  /** The saved page or outer HTML; `-` for standard input. */
  file: string;
  /** The page's address, when the file does not name it. */
  url?: string;
  format: 'text' | 'json';
  /** The language of the text report and of the messages. */
  uiLanguage: Language;
}

export type DoctorCommand = { name: 'doctor-help'; uiLanguage: Language } | { name: 'doctor'; options: DoctorOptions };

/** `post-coach doctor --help`, in the `--ui-lang` language. */
export const doctorUsage: Readonly<Record<Language, string>> = {
  en: `Usage: post-coach doctor <page.html | -> [--url <address>] [--format text|json] [--ui-lang en|it]

Site health check: lists what each site adapter and the generic reader find in a page saved from
the browser ("Save page as…", or SingleFile), or in an element's outer HTML copied from the
developer tools ("-" reads it from standard input). Drafts are described by their length only.

Options:
  --url <address>    the page's address, for a file that does not name it (outer HTML); without
                     one, the browser's note in the saved page or its canonical link is used, and
                     failing those every site adapter is tried
  --format <format>  text (default) or json
  --ui-lang <en|it>  language of the text report and of the messages (default: en)
  -h, --help         show this help

Frames are not inside the saved file: save the frame's page on its own.`,
  it: `Uso: post-coach doctor <pagina.html | -> [--url <indirizzo>] [--format text|json] [--ui-lang en|it]

Controllo dei siti: elenca cosa trovano gli adattatori dei siti e la modalità generica in una pagina
salvata dal browser ("Salva pagina con nome…" o SingleFile), o nell'outer HTML di un elemento
copiato dagli strumenti per sviluppatori ("-" lo legge dall'input standard). Delle bozze viene
indicata solo la lunghezza.

Opzioni:
  --url <indirizzo>  l'indirizzo della pagina, per un file che non lo riporta (outer HTML); se
                     manca, si usa la nota del browser nella pagina salvata o il suo link canonico
                     e, in mancanza di entrambi, si provano tutti gli adattatori
  --format <formato> text (predefinito) o json
  --ui-lang <en|it>  lingua del report testuale e dei messaggi (predefinita: en)
  -h, --help         mostra questo aiuto

I frame non sono inclusi nel file salvato: salva a parte la pagina di ciascun frame.`,
};

const valueFlags = ['url', 'format', 'ui-lang'] as const;
type ValueFlag = (typeof valueFlags)[number];
const isValueFlag = (name: string): name is ValueFlag => (valueFlags as readonly string[]).includes(name);

/** Reads `post-coach doctor`'s arguments (after the word "doctor"). Throws UsageError with a message for the user. */
export function parseDoctorArgs(argv: readonly string[]): DoctorCommand {
  const { tokens } = tokenize({
    args: [...argv],
    // Not strict, so unknown flags come back as tokens and get our own message, in the language asked for.
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: { url: { type: 'string' }, format: { type: 'string' }, 'ui-lang': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });

  // Known first, so that every other mistake is explained in the language asked for.
  const uiLanguageToken = tokens.findLast((token) => token.kind === 'option' && token.name === 'ui-lang');
  const rawLanguage = uiLanguageToken?.kind === 'option' ? uiLanguageToken.value : undefined;
  const language = LanguageSchema.safeParse(rawLanguage?.trim().toLowerCase()).data ?? 'en';
  const t = cliText(language);

  const values: Partial<Record<ValueFlag, string>> = {};
  const positionals: string[] = [];
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
    } else if (token.kind === 'option') {
      const { name, rawName, value, inlineValue } = token;
      if (isValueFlag(name)) {
        // Non-strict parsing takes the next argument as the value even when it is another flag.
        if (value === undefined || (!inlineValue && value.startsWith('-'))) {
          if (name === 'url') throw new UsageError(t('doctor.missingUrl'), language);
          throw new UsageError(t('usage.missingValue', { flag: rawName, values: name === 'format' ? 'text, json' : LanguageSchema.options.join(', ') }), language);
        }
        values[name] = value;
      } else if (name === 'help') {
        if (value !== undefined) throw new UsageError(t('usage.noValue', { flag: rawName }), language);
        help = true;
      } else {
        throw new UsageError(t('usage.unknownOption', { flag: rawName }), language);
      }
    }
  }
  if (rawLanguage !== undefined && rawLanguage.trim().toLowerCase() !== language) {
    const issue = LanguageSchema.safeParse(rawLanguage.trim().toLowerCase()).error?.issues[0];
    throw new UsageError(`${describeIssue(issue, '--ui-lang', rawLanguage, language)}.`, language);
  }
  if (help) return { name: 'doctor-help', uiLanguage: language };
  if (positionals.length !== 1) throw new UsageError(t(positionals.length ? 'doctor.onePage' : 'doctor.noPage'), language);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(t('doctor.badFormat', { value: format }), language);
  if (values.url !== undefined && !/^https?:\/\//.test(values.url)) throw new UsageError(t('doctor.badUrl', { value: values.url }), language);
  return { name: 'doctor', options: { file: positionals[0] === STDIN ? STDIN : positionals[0]!, url: values.url, format, uiLanguage: language } };
}
