import type * as z from 'zod';
import type { Language } from '../analysis/schema';
import { cliText } from './messages';

const MAX_SHOWN = 40;

function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN - 1)}…` : json;
}

/** How each language names a JSON value's type: "a string" / "un testo". */
const typeNames: Record<Language, (type: string) => string> = {
  en: (type) => (type === 'null' ? 'null' : type === 'array' ? 'an array' : `a ${type}`),
  it: (type) =>
    ({ string: 'un testo', number: 'un numero', boolean: 'un valore vero o falso', object: 'un oggetto', array: 'un elenco', null: 'null' })[
      type
    ] ?? type,
};

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Turns the first zod issue about one named value (a flag, a JSON field, a CSV cell) into one line a
 * person can act on, in `language`. Wrong types name the type, not the value, so a draft given where a
 * string was expected is never echoed.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined, name: string, value: unknown, language: Language = 'en'): string {
  const t = cliText(language);
  if (value === undefined) return t('issue.missing', { name });
  switch (issue?.code) {
    case 'invalid_value':
      return t('issue.invalidValue', { name, value: show(value), values: issue.values.join(', ') });
    case 'invalid_type':
      return t('issue.invalidType', { name, expected: typeNames[language](issue.expected), actual: typeNames[language](typeOf(value)) });
    case 'invalid_union':
      return t('issue.invalid', { name, reason: t('issue.stringOrNumber') });
    default:
      return t('issue.invalid', { name, reason: language === 'en' && issue?.message ? issue.message : t('issue.unexpected') });
  }
}
