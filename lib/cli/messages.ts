/**
 * The words of the `check` command's text output, in the language given by `--ui-lang`. Severity and
 * finding names follow the glossary (`lib/i18n/glossary.ts`); English keeps ESLint's "info" for a tip.
 * Each count has a form for one and a form for any other number.
 */
import { formatMessage } from '../analysis/format';
import type { Language } from '../analysis/schema';
import { findingTerm, severityTerms } from '../i18n/glossary';

const en = {
  'characters.one': '{count} character',
  'characters.other': '{count} characters',
  lengthOn: '{count}/{limit} characters on {platform}',
  'words.one': '{count} word',
  'words.other': '{count} words',
  readingTime: '{duration} to read',
  readability: 'readability {score}',
  language: 'language {language}',
  'severity.info': 'info',
  'severity.warning': severityTerms.warning.en.toLowerCase(),
  'severity.error': severityTerms.error.en.toLowerCase(),
  badRow: 'Line {line}: {error}',
  noProblems: '✔ No problems in {drafts}',
  'drafts.one': '{count} draft',
  'drafts.other': '{count} drafts',
  summary: '✖ {problems} ({errors}, {warnings}, {infos})',
  'problems.one': '{count} problem',
  'problems.other': '{count} problems',
  'errors.one': '{count} error',
  'errors.other': '{count} errors',
  'warnings.one': '{count} warning',
  'warnings.other': '{count} warnings',
  'infos.one': '{count} info',
  'infos.other': '{count} infos',
  // What is wrong with a row of a batch, or with a file that cannot be read.
  'issue.missing': 'Missing {name}',
  'issue.invalidValue': 'Invalid {name} {value}: expected one of {values}',
  'issue.invalidType': 'Invalid {name}: expected {expected}, got {actual}',
  'issue.invalid': 'Invalid {name}: {reason}',
  'issue.unexpected': 'unexpected value',
  'issue.stringOrNumber': 'expected a string or a number',
  'input.notJson': 'Not valid JSON',
  'input.notJsonAt': 'Not valid JSON (at column {column})',
  'input.notObject': 'Expected a JSON object like {"id": "1", "text": "…"}',
  'input.csvQuoteNotClosed': 'A quoted cell is never closed: add the missing closing quote (")',
  'input.csvInvalidClosingQuote': 'A quote inside a quoted cell must be doubled ("")',
  'input.notCsv': 'Not valid CSV ({code})',
  'input.cellCount': '{cells} cells but the header has {columns}: put any text that contains "{delimiter}" in double quotes',
  'input.noTextColumn':
    '{source} has no "text" column: its first row must be a header that names the columns, "text" for the drafts and optionally "id", "platform" and "lang".',
  'input.cannotRead': 'Cannot read {file}: {reason}.',
  'input.standardInput': 'standard input',
  'input.noSuchFile': 'no such file',
  'input.isDirectory': 'it is a directory',
  'input.permissionDenied': 'permission denied',
  // How the command was called, and what it says on standard error.
  'usage.missingValue': 'Missing value for {flag} (one of {values}).',
  'usage.noValue': '{flag} takes no value.',
  'usage.unknownOption': 'Unknown option {flag}.',
  'usage.seeHelp': 'Run "post-coach check --help" for usage.',
  'usage.readingStdin': 'Reading a draft from standard input: end it with Ctrl-D (Ctrl-Z then Enter on Windows).',
  'usage.unexpected': 'unexpected failure',
};

export type CliMessageKey = keyof typeof en;

const it: Record<CliMessageKey, string> = {
  'characters.one': '{count} carattere',
  'characters.other': '{count} caratteri',
  lengthOn: '{count}/{limit} caratteri su {platform}',
  'words.one': '{count} parola',
  'words.other': '{count} parole',
  readingTime: '{duration} di lettura',
  readability: 'leggibilità {score}',
  language: 'lingua {language}',
  'severity.info': severityTerms.info.it.toLowerCase(),
  'severity.warning': severityTerms.warning.it.toLowerCase(),
  'severity.error': severityTerms.error.it.toLowerCase(),
  badRow: 'Riga {line}: {error}',
  noProblems: `✔ Nessun ${findingTerm.it} in {drafts}`,
  'drafts.one': '{count} bozza',
  'drafts.other': '{count} bozze',
  summary: '✖ {problems} ({errors}, {warnings}, {infos})',
  'problems.one': `{count} ${findingTerm.it}`,
  'problems.other': '{count} suggerimenti',
  'errors.one': '{count} errore',
  'errors.other': '{count} errori',
  'warnings.one': '{count} avviso',
  'warnings.other': '{count} avvisi',
  'infos.one': '{count} consiglio',
  'infos.other': '{count} consigli',
  'issue.missing': 'Manca il campo {name}',
  'issue.invalidValue': '{value} non è un valore valido per {name}: i valori ammessi sono {values}',
  'issue.invalidType': 'Valore non valido per {name}: serve {expected}, non {actual}',
  'issue.invalid': 'Valore non valido per {name}: {reason}',
  'issue.unexpected': 'valore inatteso',
  'issue.stringOrNumber': 'serve un testo o un numero',
  'input.notJson': 'JSON non valido',
  'input.notJsonAt': 'JSON non valido (alla colonna {column})',
  'input.notObject': 'Serve un oggetto JSON come {"id": "1", "text": "…"}',
  'input.csvQuoteNotClosed': 'Una cella tra virgolette non viene mai chiusa: aggiungi le virgolette di chiusura (")',
  'input.csvInvalidClosingQuote': 'Le virgolette dentro una cella tra virgolette vanno raddoppiate ("")',
  'input.notCsv': 'CSV non valido ({code})',
  'input.cellCount': '{cells} celle, ma l\'intestazione ne ha {columns}: metti tra virgolette doppie il testo che contiene "{delimiter}"',
  'input.noTextColumn':
    '{source} non ha una colonna "text": la prima riga deve essere un\'intestazione con i nomi delle colonne, "text" per le bozze e, se servono, "id", "platform" e "lang".',
  'input.cannotRead': 'Impossibile leggere {file}: {reason}.',
  'input.standardInput': "l'input standard",
  'input.noSuchFile': 'il file non esiste',
  'input.isDirectory': 'è una cartella',
  'input.permissionDenied': 'permesso negato',
  'usage.missingValue': 'Manca il valore di {flag} (uno tra {values}).',
  'usage.noValue': '{flag} non accetta valori.',
  'usage.unknownOption': 'Opzione sconosciuta: {flag}.',
  'usage.seeHelp': 'Scrivi "post-coach check --help" per vedere come si usa.',
  'usage.readingStdin': "Leggo una bozza dall'input standard: chiudila con Ctrl-D (Ctrl-Z e poi Invio su Windows).",
  'usage.unexpected': 'errore imprevisto',
};

export const cliMessages: Readonly<Record<Language, Readonly<Record<CliMessageKey, string>>>> = { en, it };

type Counted = CliMessageKey extends infer K ? (K extends `${infer Noun}.one` ? Noun : never) : never;

export interface CliText {
  (key: CliMessageKey, data?: Record<string, string | number>): string;
  /** "1 word", "2 words": the form for one or for any other number. */
  count(noun: Counted, count: number): string;
}

/** The CLI's words in one language; numbers are written the way that language writes them. */
export function cliText(language: Language): CliText {
  const catalogue = cliMessages[language];
  const text = ((key, data = {}) => formatMessage(catalogue[key], data, language)) as CliText;
  text.count = (noun, count) => text(count === 1 ? `${noun}.one` : `${noun}.other`, { count });
  return text;
}
