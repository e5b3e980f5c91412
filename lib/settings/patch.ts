import * as z from 'zod';
import { RuleSettingSchema } from '../analysis/settings';
import { SettingsSchema, type Settings } from './schema';

/** Fields whose stored form forgives bad entries one by one; given on purpose, every entry must be valid. */
const strictOverrides: Partial<Record<keyof Settings, z.ZodType>> = {
  rules: z.record(z.string(), RuleSettingSchema.strict()),
};

export interface PatchProblem {
  /** The setting's key. */
  key: string;
  problem: 'unknownSetting' | 'badSetting';
}

/** A settings field without its fallback: a value given on purpose by a pack or a policy must be valid, not quietly replaced. */
function strictField(key: keyof Settings): z.ZodType {
  const override = strictOverrides[key];
  if (override) return override.pipe(SettingsSchema.shape[key]);
  const field = SettingsSchema.shape[key] as z.ZodType & { unwrap?: () => z.ZodType };
  return typeof field.unwrap === 'function' ? field.unwrap() : field;
}

/**
 * Reads a partial settings object key by key, for any key the settings have (so settings added later
 * can be set by a pack or a policy with no change here). Unknown keys and bad values are reported,
 * never applied.
 */
export function readSettingsPatch(value: unknown): { patch: Partial<Settings>; problems: PatchProblem[] } {
  const patch: Record<string, unknown> = {};
  const problems: PatchProblem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { patch, problems };
  for (const [key, raw] of Object.entries(value)) {
    if (!Object.hasOwn(SettingsSchema.shape, key)) {
      problems.push({ key, problem: 'unknownSetting' });
      continue;
    }
    const parsed = strictField(key as keyof Settings).safeParse(raw);
    if (parsed.success) patch[key] = parsed.data;
    else problems.push({ key, problem: 'badSetting' });
  }
  return { patch: patch as Partial<Settings>, problems };
}
