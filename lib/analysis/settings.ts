import * as z from 'zod';
import { RuleLevelSchema } from './schema';

/** The user's choice for one rule: its level (or off) and its options; anything unset keeps the rule's default. */
export const RuleSettingSchema = z.object({
  level: RuleLevelSchema.optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** What the analysis takes from the user's settings. A bad entry falls back to its default alone. */
export const AnalysisSettingsSchema = z.object({
  rules: z.record(z.string(), RuleSettingSchema.catch({})).catch({}).default({}),
});
export type AnalysisSettings = z.infer<typeof AnalysisSettingsSchema>;

export const defaultAnalysisSettings: AnalysisSettings = { rules: {} };
