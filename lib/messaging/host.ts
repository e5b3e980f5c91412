import type { AuditEntry } from '../audit/audit-log';
import { describeRules } from '../analysis/catalogue';
import { createAnalyzer, type Analyzer } from '../analysis/index';
import type { ProgressRecorder } from '../progress/store';
import type { Rule } from '../analysis/define-rule';
import type { Language } from '../analysis/schema';
import { parsePackText } from '../packs/parse';
import type { RulePack } from '../packs/schema';
import { ruleIds } from '../analysis/ids';
import { lockOf } from '../settings/resolve';
import type { Settings } from '../settings/schema';
import { noTeam, teamRules, teamRulesKey, teamState, type TeamSources, type TeamState } from '../settings/team';
import { describeInvalidRequest, RequestSchema, type Request, type Response, type TabReport } from './protocol';

export interface Sender {
  tabId?: number;
  frameId?: number;
  /** The request comes from one of the extension's own pages (popup, options), not from a content script. */
  extensionPage?: boolean;
}

/**
 * Requests only the extension's own pages may send: they change settings or act on another tab. A
 * content script, which a page may drive, never gets to send them.
 */
const extensionPagesOnly: ReadonlySet<Request['type']> = new Set(['set-rule-level', 'coach-tab', 'clear-progress', 'get-team', 'import-pack', 'remove-pack']);

const builtInRules: ReadonlySet<string> = new Set(ruleIds);
const isBuiltInRule = (ruleId: string) => builtInRules.has(ruleId);

export interface AnalysisHost {
  /** Answers one message; never throws: anything that is not a valid request gets an error reply. */
  handle(message: unknown, sender: Sender): Promise<Response>;
  /** Forgets a closed tab's report. */
  forgetTab(tabId: number): void;
}

/**
 * The background's one analyser for every tab and the popup. It keeps the latest report of each tab's
 * compose box (in memory only, never the draft text) so the popup can show it.
 */
export interface HostDependencies {
  loadSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Starts the generic reader in a tab the user asked to coach. */
  coachTab(tabId: number, url?: string): Promise<void>;
  /** Opens the options page, at one rule when `ruleId` is given. */
  openOptions(ruleId?: string): Promise<void>;
  /** Adds a decision to the local audit log. */
  appendAuditEntry(entry: AuditEntry): Promise<unknown>;
  /** Opens the lessons page at one rule's lesson. */
  openLesson(ruleId: string): Promise<void>;
  /** The progress history's writer (it skips writes while the user has the history turned off). */
  progress: ProgressRecorder;
  /**
   * Team rules: the imported pack and the organisation's policy besides the user's settings (read
   * with `loadSettings` when absent, with no pack and no policy), and where an imported pack is kept.
   */
  team?: {
    /** With a language, the policy's problems are described in it (for the options page). */
    load(user: Settings, language?: Language): Promise<TeamSources>;
    saveImportedPack(pack: RulePack | null): Promise<void>;
  };
}

export function createAnalysisHost({ loadSettings, updateSettings, openOptions, openLesson, coachTab, appendAuditEntry, progress, team }: HostDependencies): AnalysisHost {
  const tabReports = new Map<number, TabReport>();
  // One analyser, made again only when the team's rules change (a pack imported, a policy pushed).
  let analyzer: { key: string; rules: Rule[]; analyzer: Analyzer } | undefined;
  function analyzerFor(state: TeamState) {
    const key = teamRulesKey(state);
    if (analyzer?.key !== key) {
      const rules = teamRules(state);
      analyzer = { key, rules, analyzer: createAnalyzer(undefined, { extraRules: rules }) };
    }
    return analyzer;
  }
  const getAnalyzer = async () => analyzerFor(await loadTeam()).analyzer;

  /** The settings in force: the policy's and the pack's over the user's own. */
  async function loadTeam(language?: Language): Promise<TeamState> {
    const user = await loadSettings();
    return team ? teamState(await team.load(user, language)) : noTeam(user);
  }

  async function handle(message: unknown, sender: Sender): Promise<Response> {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return { type: 'error', message: describeInvalidRequest(parsed.error) };
    const request = parsed.data;
    if (extensionPagesOnly.has(request.type) && !sender.extensionPage) {
      return { type: 'error', message: `${request.type} is accepted only from the extension's own pages` };
    }
    try {
      switch (request.type) {
        case 'analyze': {
          const state = await loadTeam();
          const { settings } = state;
          const language = request.language ?? (settings.analysisLanguage === 'auto' ? undefined : settings.analysisLanguage);
          const report = analyzerFor(state).analyzer.analyze(request.text, {
            platform: request.platform,
            language,
            uiLanguage: request.uiLanguage,
            settings: { rules: settings.rules },
          });
          // Drafts of a tab's compose boxes; the popup's own checks carry neither.
          if (sender.tabId !== undefined && (request.site || request.reader)) {
            tabReports.set(sender.tabId, { site: request.site ?? null, reader: request.reader ?? 'adapter', report, updatedAt: Date.now() });
          }
          return { type: 'report', id: request.id, report };
        }
        case 'warm-up':
          (await getAnalyzer()).analyze('Warm up.', { language: 'en' });
          return { type: 'ok' };
        case 'draft-closed':
          if (sender.tabId !== undefined) tabReports.delete(sender.tabId);
          return { type: 'ok' };
        case 'get-settings':
          return { type: 'settings', settings: (await loadTeam()).settings };
        case 'get-tab-report':
          return { type: 'tab-report', tabReport: tabReports.get(request.tabId) ?? null };
        case 'set-rule-level': {
          const state = await loadTeam();
          // The schema admits the built-in ids and the form of a pack's; a pack's must also be one in force.
          if (!analyzerFor(state).rules.some((rule) => rule.id === request.ruleId) && !isBuiltInRule(request.ruleId)) {
            return { type: 'error', message: `${request.ruleId} is not a rule of Post Coach or of the rule packs in force` };
          }
          if (lockOf(state.locks, 'rules', request.ruleId)) return { type: 'error', message: `${request.ruleId} is locked by ${lockOf(state.locks, 'rules', request.ruleId)!.source === 'managed' ? 'the managed policy' : 'the rule pack'}` };
          const { rules } = state.user;
          const rule = rules[request.ruleId] ?? {};
          await updateSettings({ rules: { ...rules, [request.ruleId]: { ...rule, level: request.level } } });
          return { type: 'settings', settings: (await loadTeam()).settings };
        }
        case 'get-rules':
          return { type: 'rules', rules: describeRules(request.uiLanguage, analyzerFor(await loadTeam()).rules) };
        case 'get-team':
          return { type: 'team', team: await loadTeam(request.uiLanguage) };
        case 'import-pack': {
          // Validated whole before anything is stored: a bad pack changes nothing.
          const parsed = parsePackText(request.text, request.uiLanguage);
          if (!parsed.ok) return { type: 'pack-errors', errors: parsed.errors };
          if (!team) return { type: 'error', message: 'rule packs are not available here' };
          await team.saveImportedPack(parsed.pack);
          return { type: 'team', team: await loadTeam() };
        }
        case 'remove-pack':
          await team?.saveImportedPack(null);
          return { type: 'team', team: await loadTeam() };
        case 'coach-tab':
          await coachTab(request.tabId, request.url);
          return { type: 'ok' };
        case 'open-options':
          await openOptions(request.ruleId);
          return { type: 'ok' };
        case 'log-decision':
          // The switch is read here, where the log is written, so a policy that turns it off holds everywhere.
          if ((await loadTeam()).settings.auditLog) await appendAuditEntry({ ...request.entry, at: Date.now() });
          return { type: 'ok' };
        case 'open-lesson':
          await openLesson(request.ruleId);
          return { type: 'ok' };
        case 'record-draft':
          await progress.record(request.entry);
          return { type: 'ok' };
        case 'clear-progress':
          await progress.clear();
          return { type: 'ok' };
      }
    } catch (error) {
      return { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  return { handle, forgetTab: (tabId) => tabReports.delete(tabId) };
}
