import type { AuditEntry } from '../audit/audit-log';
import { describeRules } from '../analysis/catalogue';
import { createAnalyzer, type Analyzer } from '../analysis/index';
import type { ProgressRecorder } from '../progress/store';
import type { Settings } from '../settings/schema';
import { describeInvalidRequest, RequestSchema, type Request, type Response, type TabReport } from './protocol';

export interface Sender {
  tabId?: number;
  frameId?: number;
  /** The request comes from one of the extension's own pages (popup, options), not from a content script. */
  extensionPage?: boolean;
}

/** Requests that change settings: a content script (which a page may drive) never gets to send them. */
/** Requests only the extension's own pages may send: they change settings or act on another tab. */
const extensionPagesOnly: ReadonlySet<Request['type']> = new Set(['set-rule-level', 'coach-tab', 'clear-progress']);

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
}

export function createAnalysisHost({ loadSettings, updateSettings, openOptions, openLesson, coachTab, appendAuditEntry, progress }: HostDependencies): AnalysisHost {
  let analyzer: Analyzer | undefined;
  const tabReports = new Map<number, TabReport>();
  const getAnalyzer = () => (analyzer ??= createAnalyzer());

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
          const settings = await loadSettings();
          const language = request.language ?? (settings.analysisLanguage === 'auto' ? undefined : settings.analysisLanguage);
          const report = getAnalyzer().analyze(request.text, {
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
          getAnalyzer().analyze('Warm up.', { language: 'en' });
          return { type: 'ok' };
        case 'draft-closed':
          if (sender.tabId !== undefined) tabReports.delete(sender.tabId);
          return { type: 'ok' };
        case 'get-settings':
          return { type: 'settings', settings: await loadSettings() };
        case 'get-tab-report':
          return { type: 'tab-report', tabReport: tabReports.get(request.tabId) ?? null };
        case 'set-rule-level': {
          const { rules } = await loadSettings();
          const rule = rules[request.ruleId] ?? {};
          return { type: 'settings', settings: await updateSettings({ rules: { ...rules, [request.ruleId]: { ...rule, level: request.level } } }) };
        }
        case 'get-rules':
          return { type: 'rules', rules: describeRules(request.uiLanguage) };
        case 'coach-tab':
          await coachTab(request.tabId, request.url);
          return { type: 'ok' };
        case 'open-options':
          await openOptions(request.ruleId);
          return { type: 'ok' };
        case 'log-decision':
          // The switch is read here, where the log is written, so a policy that turns it off holds everywhere.
          if ((await loadSettings()).auditLog) await appendAuditEntry({ ...request.entry, at: Date.now() });
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
