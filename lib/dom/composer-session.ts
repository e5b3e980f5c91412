import type { RuleInfo } from '../analysis/catalogue';
import type { RuleId } from '../analysis/ids';
import { MAX_DRAFT_LENGTH } from '../messaging/limits';
import type { Finding, Language, Report } from '../analysis/schema';
import type { Translate } from '../i18n/translate';
import type { Request, Response } from '../messaging/protocol';
import type { PlatformId } from '../analysis/schema';
import type { ReaderKind } from '../messaging/protocol';
import type { SiteAdapter, SiteId } from '../sites/define-site';
import { DraftProgress } from '../progress/draft-progress';
import { ignoreKey, withoutIgnored } from './ignored-findings';
import { Overlay, type CoachingMode } from './overlay/overlay';
import type { DraftText } from './read-draft';
import type { DraftCheck } from '../publish/decide';

/** How a compose box is read: by its site's adapter, or by the generic reader. */
export interface BoxReader extends Pick<SiteAdapter, 'readDraft' | 'mountPoint'> {
  /** Platform whose limits and counting apply. */
  platform: PlatformId;
  /** The supported site the page belongs to, if any (a page coached on demand has none). */
  site?: SiteId;
  kind: ReaderKind;
}

/** The site adapter as a box reader. */
export const adapterReader = (site: SiteAdapter): BoxReader => ({
  platform: site.platform,
  site: site.id,
  kind: 'adapter',
  readDraft: (composer) => site.readDraft(composer),
  mountPoint: (composer) => site.mountPoint(composer),
});

/** What a compose box's session needs from the page-wide coach. */
export interface SessionEnvironment {
  reader: BoxReader;
  send(request: Request): Promise<Response>;
  /** Interface language, its strings and the coaching mode, as set now. */
  ui(): { language: Language; t: Translate; mode: CoachingMode };
  /** The rules' catalogue, fetched once per page when learner mode first needs an example. */
  rules(): RuleInfo[] | null;
  debounceMs: number;
  /** Starts the background now if it may have stopped for idleness, so it is ready after the debounce. */
  wakeBackground(): void;
  /** Pings the background unless a message went to it recently, so it does not stop for idleness. */
  keepBackgroundAwake(): void;
}

/** While a compose box has focus, the background is pinged this often (Chrome stops it after 30 s idle). */
const KEEP_AWAKE_INTERVAL_MS = 10_000;

/**
 * One compose box: listens to it, reads the draft after a pause in typing, asks the background for a
 * report and shows it in the overlay. Never writes to the editor.
 */
export class ComposerSession {
  private readonly overlay: Overlay;
  private readonly controller = new AbortController();
  private readonly mutations: MutationObserver;
  private keepAwake: ReturnType<typeof setInterval> | undefined;
  private readonly resizes: ResizeObserver | null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;
  private requestId = 0;
  private lastText: string | null = null;
  private lastDraft: DraftText | null = null;
  private lastReport: Report | null = null;
  /** Text the background refused or failed to analyse: publishing it is not checked. */
  private failedText: string | null = null;
  private readonly ignored = new Set<string>();
  private pointerFrame = 0;
  private readonly progress = new DraftProgress((entry) => void this.env.send({ type: 'record-draft', entry }));
  /**
   * The user typed in this box, or was in it when the coaching started (typing before the content
   * script was ready): a draft the site filled in and nobody touched is not the user's to count.
   */
  private typed: boolean;

  constructor(
    readonly composer: HTMLElement,
    private readonly env: SessionEnvironment,
  ) {
    const { t, mode } = env.ui();
    this.overlay = new Overlay({
      composer,
      mountPoint: env.reader.mountPoint(composer),
      t,
      mode,
      actions: {
        ignore: (finding) => this.ignore(finding),
        turnOff: (finding) => void env.send({ type: 'open-options', ruleId: finding.ruleId as RuleId }),
        openOptions: () => void env.send({ type: 'open-options' }),
        learnMore: (finding) => void env.send({ type: 'open-lesson', ruleId: finding.ruleId as RuleId }),
        example: (finding, report) => this.example(finding, report),
      },
    });
    const focused = (composer.getRootNode() as Document | ShadowRoot).activeElement;
    this.typed = focused !== null && composer.contains(focused);
    const signal = this.controller.signal;
    const listen = <K extends keyof HTMLElementEventMap>(type: K, handler: (event: HTMLElementEventMap[K]) => void, target: EventTarget = composer) =>
      target.addEventListener(type, handler as EventListener, { signal, passive: type !== 'keydown', capture: target === window });
    listen('input', () => {
      this.typed = true;
      this.changed();
    });
    listen('compositionstart', () => {
      this.composing = true;
      this.overlay.clearMarks();
    });
    listen('compositionend', () => {
      this.composing = false;
      this.changed();
    });
    listen('focus', () => {
      env.wakeBackground();
      clearInterval(this.keepAwake);
      this.keepAwake = setInterval(() => env.keepBackgroundAwake(), KEEP_AWAKE_INTERVAL_MS);
    });
    listen('blur', () => {
      clearInterval(this.keepAwake);
      this.leave();
    });
    // Leaving the page (or its tab) leaves the box too.
    window.addEventListener('pagehide', () => this.recordProgress('left'), { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.recordProgress('left'), { signal });
    listen('keydown', (event) => this.overlay.handleEditorKey(event));
    listen('mousemove', (event) => this.pointer(event.clientX, event.clientY));
    listen('click', (event) => this.pointer(event.clientX, event.clientY));
    listen('mouseleave', () => this.overlay.hideTip());
    listen('scroll', () => this.overlay.schedulePosition());
    listen('scroll', () => this.overlay.schedulePosition(), window);
    listen('resize', () => this.overlay.schedulePosition(), window);
    // Editors that change their DOM without an input event (undo in some editors, the site's own
    // autocomplete) are caught by watching the editor; reading waits for the same pause in typing.
    this.mutations = new MutationObserver(() => this.changed());
    this.mutations.observe(composer, { childList: true, subtree: true, characterData: true });
    this.resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.overlay.schedulePosition()) : null;
    this.resizes?.observe(composer);
    this.changed();
  }

  /** The text may have changed: drop the old highlights now and analyse after a pause in typing. */
  private changed(): void {
    if (this.composing) return;
    const textarea = this.composer.localName === 'textarea' ? (this.composer as HTMLTextAreaElement) : null;
    // A textarea's value is cheap to compare; a rich editor is read only after the pause.
    if (textarea && textarea.value === this.lastText) return;
    this.overlay.clearMarks();
    this.env.wakeBackground();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.analyze();
    }, this.env.debounceMs);
  }

  /** Re-analyses now, e.g. after the settings changed. */
  refresh(): void {
    const { t, mode } = this.env.ui();
    this.overlay.setMode(mode, t);
    this.lastText = null;
    clearTimeout(this.timer);
    void this.analyze();
  }

  private async analyze(): Promise<void> {
    if (this.composing || !this.composer.isConnected) return;
    const draft = this.env.reader.readDraft(this.composer);
    if (draft.text === this.lastText && this.lastReport) {
      // Same text (a formatting change, a caret move): keep the report, re-map its spans to the DOM.
      this.render(this.lastReport, draft);
      return;
    }
    const id = ++this.requestId;
    if (draft.text.length > MAX_DRAFT_LENGTH) {
      // The background refuses it: say so, instead of leaving the last report up as if it were current.
      this.lastText = null;
      this.lastReport = null;
      this.failedText = draft.text;
      this.overlay.showTooLong();
      return;
    }
    const { language } = this.env.ui();
    let response: Response;
    try {
      const { platform, site, kind: reader } = this.env.reader;
      response = await this.env.send({ type: 'analyze', id, text: draft.text, platform, site, reader, uiLanguage: language });
    } catch {
      return; // the extension was reloaded or updated; the coach shuts down on invalidation
    }
    // A newer draft was sent meanwhile, or the box went away: this report is stale.
    if (id !== this.requestId || !this.composer.isConnected) return;
    if (response.type !== 'report') {
      this.failedText = draft.text;
      return;
    }
    this.failedText = null;
    this.lastText = draft.text;
    this.lastReport = response.report;
    this.progress.seen(draft.text);
    this.render(response.report, draft);
  }

  private render(report: Report, draft: DraftText): void {
    this.lastDraft = draft;
    this.overlay.update(withoutIgnored(report, draft.text, this.ignored), draft);
  }

  private ignore(finding: Finding): void {
    if (!this.lastDraft || !this.lastReport) return;
    this.ignored.add(ignoreKey(finding, this.lastDraft.text));
    this.render(this.lastReport, this.lastDraft);
  }

  /**
   * For the check before Publish: the findings of the draft as it is right now (those ignored here
   * left out), or why they cannot be known. The draft is read again, so a report about an older
   * text is never taken for the current one.
   */
  publishCheck(): { check: DraftCheck; draft: DraftText } {
    const draft = this.env.reader.readDraft(this.composer);
    if (draft.text === this.failedText) return { check: { state: 'analysis-failed' }, draft };
    if (this.lastText === null || !this.lastReport) {
      // Nothing to check in an empty box, whether or not it was ever analysed.
      return { check: draft.text.trim() ? { state: 'no-report' } : { state: 'current', findings: [] }, draft };
    }
    if (draft.text !== this.lastText) return { check: { state: 'stale' }, draft };
    return { check: { state: 'current', findings: withoutIgnored(this.lastReport, draft.text, this.ignored).findings }, draft };
  }

  get kind(): ReaderKind {
    return this.env.reader.kind;
  }

  /** Shows `dialog` in this box's overlay; false when it cannot be shown. */
  showDialog(dialog: HTMLElement): boolean {
    return this.overlay.present(dialog);
  }

  /**
   * Gives the focus back to the editor with the caret at `offset` of `draft` (a position, never an
   * edit: the text and the editor's nodes stay as they are).
   */
  focusAt(draft: DraftText, offset: number): void {
    this.composer.focus({ preventScroll: false });
    if (draft.map.kind === 'textarea') {
      draft.map.element.setSelectionRange(offset, offset);
      return;
    }
    const position = draft.map.positionOf(offset);
    const selection = this.composer.ownerDocument.getSelection();
    if (!position || !selection) return;
    selection.setBaseAndExtent(position.node, position.offset, position.node, position.offset);
    (position.node instanceof Element ? position.node : position.node.parentElement)?.scrollIntoView({ block: 'nearest' });
  }

  private example(finding: Finding, report: Report): string | null {
    const rule = this.env.rules()?.find((info) => info.id === finding.ruleId);
    return rule?.examples.ok.find((example) => example.language === report.language)?.text ?? null;
  }

  /** The user left the box: record the draft as it is now, after the analysis of the last keystrokes if it is still due. */
  private leave(): void {
    if (this.timer === undefined) return this.recordProgress('left');
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.analyze().then(() => this.recordProgress('left'));
  }

  /**
   * Adds the draft's counts (the findings the user sees, its score) to the progress history: called
   * when the box is left, and by a check before Publish with `published`. Never sends the text.
   */
  recordProgress(outcome: 'left' | 'published'): void {
    if ((!this.typed && outcome === 'left') || !this.lastReport || !this.lastDraft?.text.trim() || this.lastDraft.text !== this.lastText) return;
    this.progress.record(withoutIgnored(this.lastReport, this.lastDraft.text, this.ignored).findings, outcome);
  }

  private pointer(x: number, y: number): void {
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      this.overlay.pointAt(x, y);
    });
  }

  destroy(): void {
    this.recordProgress('left');
    clearTimeout(this.timer);
    clearInterval(this.keepAwake);
    cancelAnimationFrame(this.pointerFrame);
    this.controller.abort();
    this.mutations.disconnect();
    this.resizes?.disconnect();
    this.overlay.destroy();
    if (this.lastText) void this.env.send({ type: 'draft-closed' }).catch(() => undefined);
  }
}
