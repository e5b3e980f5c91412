import * as z from 'zod';
import type { RuleInfo } from '../analysis/catalogue';
import { ruleIds } from '../analysis/ids';
import { LanguageSchema, PlatformIdSchema, ReportSchema, RuleLevelSchema } from '../analysis/schema';
import { siteIds } from '../sites/define-site';
import { DraftEntrySchema } from '../progress/schema';
import { SettingsSchema } from '../settings/schema';
import { AuditEntrySchema } from '../audit/audit-log';
import { PACK_RULE_ID_PATTERN } from '../packs/ids';
import type { PackError } from '../packs/parse';
import type { TeamState } from '../settings/team';

import { MAX_DRAFT_LENGTH } from './limits';

export { MAX_DRAFT_LENGTH };

/** How a compose box was found: by its site's adapter, or by the generic reader (a box the adapter does not know, or a page coached on demand). */
export const ReaderKindSchema = z.enum(['adapter', 'generic']);
export type ReaderKind = z.infer<typeof ReaderKindSchema>;

/** A built-in rule's id, or a rule pack's namespaced one (`acme/codenames`). */
const AnyRuleIdSchema = z.union([z.enum(ruleIds), z.string().regex(PACK_RULE_ID_PATTERN)]);

/** A pack file as the options page read it: JSON or YAML text, checked by the background. */
const MAX_PACK_TEXT = 512 * 1024;

/** Every request the pages, the popup and the options send to the background's analysis host. */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('analyze'),
    /** Echoed in the reply so the sender can drop replies to older drafts. */
    id: z.number().int().nonnegative(),
    text: z.string().max(MAX_DRAFT_LENGTH),
    platform: PlatformIdSchema,
    /** The site the draft comes from, when it comes from a compose box (the popup shows it). */
    site: z.enum(siteIds).optional(),
    /** How the compose box was found, when the draft comes from one (the popup says so). */
    reader: ReaderKindSchema.optional(),
    /** Forces the draft's language; detected when absent. */
    language: LanguageSchema.optional(),
    uiLanguage: LanguageSchema.optional(),
  }),
  /** A compose box got focus: load the analyser now so the first report is quick. */
  z.object({ type: z.literal('warm-up') }),
  /** The compose box of this tab was emptied or closed. */
  z.object({ type: z.literal('draft-closed') }),
  z.object({ type: z.literal('get-settings') }),
  /** The popup asks for the latest report of a tab's compose box. */
  z.object({ type: z.literal('get-tab-report'), tabId: z.number().int().nonnegative() }),
  /** A rule's level, set from the options page; the background refuses it from content scripts. */
  z.object({ type: z.literal('set-rule-level'), ruleId: AnyRuleIdSchema, level: RuleLevelSchema }),
  /**
   * Content scripts cannot open the options page themselves. With a rule id it opens at that rule:
   * "Turn off this rule" in the overlay leads there, since only the extension's pages change settings.
   */
  z.object({ type: z.literal('open-options'), ruleId: AnyRuleIdSchema.optional() }),
  /** "Learn more" on a finding in the overlay: content scripts cannot open the extension's lessons page themselves. */
  z.object({ type: z.literal('open-lesson'), ruleId: z.enum(ruleIds) }),
  /** "Coach this page" in the popup: start the generic reader in that tab. */
  z.object({ type: z.literal('coach-tab'), tabId: z.number().int().nonnegative(), url: z.string().optional() }),
  /** Names, descriptions and examples of every rule, for the options page and the learner-mode panel. */
  z.object({ type: z.literal('get-rules'), uiLanguage: LanguageSchema }),
  /** A decision at the check before Publish, for the local audit log (the background stamps the time). */
  z.object({ type: z.literal('log-decision'), entry: AuditEntrySchema.omit({ at: true }) }),
  /** A compose box was left or its post published: the draft's counts for the progress history, never its text. */
  z.object({ type: z.literal('record-draft'), entry: DraftEntrySchema }),
  /** "Clear" on the progress page. */
  z.object({ type: z.literal('clear-progress') }),
  // Team rules, for the options page only: the packs, the policy and what it locks.
  z.object({ type: z.literal('get-team'), uiLanguage: LanguageSchema.optional() }),
  /** A pack to import: stored only if it validates whole; otherwise the errors come back and nothing changes. */
  z.object({ type: z.literal('import-pack'), text: z.string().max(MAX_PACK_TEXT), uiLanguage: LanguageSchema }),
  z.object({ type: z.literal('remove-pack') }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const TabReportSchema = z.object({
  site: z.enum(siteIds).nullable(),
  reader: ReaderKindSchema,
  report: ReportSchema,
  updatedAt: z.number(),
});
export type TabReport = z.infer<typeof TabReportSchema>;

export const ResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('report'), id: z.number(), report: ReportSchema }),
  z.object({ type: z.literal('ok') }),
  z.object({ type: z.literal('settings'), settings: SettingsSchema }),
  z.object({ type: z.literal('tab-report'), tabReport: TabReportSchema.nullable() }),
  z.object({ type: z.literal('rules'), rules: z.array(z.custom<RuleInfo>()) }),
  z.object({ type: z.literal('error'), message: z.string() }),
  z.object({ type: z.literal('team'), team: z.custom<TeamState>() }),
  z.object({ type: z.literal('pack-errors'), errors: z.array(z.custom<PackError>()) }),
]);
export type Response = z.infer<typeof ResponseSchema>;
export type ResponseOf<T extends Request['type']> = T extends 'analyze'
  ? Extract<Response, { type: 'report' }>
  : T extends 'get-settings' | 'set-rule-level'
    ? Extract<Response, { type: 'settings' }>
    : T extends 'get-tab-report'
      ? Extract<Response, { type: 'tab-report' }>
      : T extends 'get-rules'
        ? Extract<Response, { type: 'rules' }>
        : T extends 'get-team' | 'remove-pack'
          ? Extract<Response, { type: 'team' }>
          : T extends 'import-pack'
            ? Extract<Response, { type: 'team' | 'pack-errors' }>
            : Extract<Response, { type: 'ok' }>;

/** Explains why a message is not a request, in one line a developer can act on. */
export function describeInvalidRequest(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  return `invalid request${path}: ${issue?.message ?? 'unknown problem'}`;
}
