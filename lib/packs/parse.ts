import { parse as parseYaml } from 'yaml';
import type * as z from 'zod';
import type { Language } from '../analysis/schema';
import { readSettingsPatch } from '../settings/patch';
import { isPackMessageKey, packText, type PackError } from './messages';
import { RulePackSchema, type RulePack } from './schema';

/** Packs are small; a bigger file is a mistake (or not a pack). */
export const MAX_PACK_BYTES = 512 * 1024;

export { formatPackError, type PackError } from './messages';

export type PackParseResult = { ok: true; pack: RulePack } | { ok: false; errors: PackError[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue, language: Language): string {
  const t = packText(language);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('error.required');
      return t('error.type', { expected: isPackMessageKey(`type.${issue.expected}`) ? t(`type.${issue.expected}` as never) : issue.expected });
    case 'invalid_value':
      return t('error.value', { options: issue.values.map((value) => JSON.stringify(value)).join(', ') });
    case 'unrecognized_keys':
      return issue.keys.map((key) => t('error.unknownKey', { key })).join('; ');
    case 'too_small':
      return t('error.tooShort', { minimum: String(issue.minimum) });
    case 'too_big':
      return t('error.tooLong', { maximum: String(issue.maximum) });
    case 'invalid_union':
      return 'discriminator' in issue || issue.path.at(-1) === 'type' ? t('error.ruleType') : t('error.invalid');
    case 'invalid_format':
    case 'custom': {
      const key = `error.${issue.message}`;
      return isPackMessageKey(key) ? t(key) : issue.message;
    }
    default:
      return t('error.invalid');
  }
}

/** Every problem of a pack that does not validate, each with its path, in `language`. */
export function describePackErrors(error: z.ZodError, language: Language): PackError[] {
  return error.issues.map((issue) => {
    // A rule with an unknown type is reported at its "type", where the fix goes.
    const path = issue.code === 'invalid_union' && issue.path.at(-1) !== 'type' ? [...issue.path, 'type'] : issue.path;
    return { path: formatPath(path), message: describeIssue(issue, language) };
  });
}

/** Reads a pack from JSON or YAML text (JSON is YAML too). */
export function parsePackText(text: string, language: Language = 'en'): PackParseResult {
  const t = packText(language);
  if (new TextEncoder().encode(text).length > MAX_PACK_BYTES) return { ok: false, errors: [{ path: '', message: t('error.tooLarge', { limit: MAX_PACK_BYTES / 1024 }) }] };
  let data: unknown;
  try {
    data = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 50 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, errors: [{ path: '', message: t('error.syntax', { reason }) }] };
  }
  return validatePack(data, language);
}

/** Checks a pack already parsed from JSON or YAML (or pushed by a policy as an object). */
export function validatePack(data: unknown, language: Language = 'en'): PackParseResult {
  const t = packText(language);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: [{ path: '', message: t('error.notObject') }] };
  const parsed = RulePackSchema.safeParse(data);
  const errors = parsed.success ? [] : describePackErrors(parsed.error, language);
  const settings = readSettingsPatch((data as { settings?: unknown }).settings);
  for (const { key, problem } of settings.problems) errors.push({ path: formatPath(['settings', key]), message: t(`error.${problem}`) });
  if (!parsed.success || errors.length) return { ok: false, errors };
  return { ok: true, pack: { ...parsed.data, settings: settings.patch } };
}
