import type { CategoryStatus, Finding, Report, Severity } from '../../analysis/schema';
import { categoryIds } from '../../analysis/ids';
import { platforms } from '../../analysis/platforms';
import type { Translate } from '../../i18n/translate';
import { postScore } from '../../score/score';
import type { DraftText } from '../read-draft';
import { el } from './element';
import { clearHighlights, setHighlights, styleHighlightsIn, supportsHighlightApi } from './highlights';
import { lengthRing } from './length-ring';
import { overlayCss } from './styles';
import { TextareaMirror } from './textarea-rects';

export type CoachingMode = 'learner' | 'pro';

export interface OverlayActions {
  ignore(finding: Finding): void;
  turnOff(finding: Finding): void;
  openOptions(): void;
  /** Opens the lesson of the finding's rule. */
  learnMore(finding: Finding): void;
  /** A good example for the rule in the draft's language (learner mode), or null. */
  example(finding: Finding, report: Report): string | null;
}

export interface OverlayOptions {
  composer: HTMLElement;
  mountPoint: Element;
  actions: OverlayActions;
  t: Translate;
  mode: CoachingMode;
}

/**
 * Dispatched on the overlay's host after each new report is shown: a hook for the benchmark
 * (tests/bench/extension.bench.ts), which times keystroke → overlay updated in the page's own clock.
 * It does not bubble and carries nothing: page code meets it only by listening for this name.
 */
export const OVERLAY_UPDATED_EVENT = 'post-coach-update';

const rank: Record<CategoryStatus, number> = { ok: 0, info: 1, warning: 2, error: 3 };
const PANEL_SHORTCUT = (event: KeyboardEvent) => event.altKey && event.shiftKey && event.code === 'KeyP';

interface Mark {
  finding: Finding;
  range: Range | null;
  rects: DOMRect[];
}

/**
 * The badge, panel and highlights of one compose box. Everything lives in a shadow root whose host
 * sits next to the compose box (never inside the editor); the visible parts are in a "manual" popover
 * so they are painted above the page whatever its overflow, z-index or transforms.
 */
export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly badge: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly boxes: HTMLElement;
  private readonly tip: HTMLElement;
  private readonly live: HTMLElement;
  private report: Report | null = null;
  private draft: DraftText | null = null;
  private marks: Mark[] = [];
  private marksStale = true;
  private lastAnnounced = '';
  private frame = 0;
  private readonly useHighlightApi: boolean;
  /** Where a textarea's marks are: made on the first report with marks in a textarea. */
  private mirror: TextareaMirror | null = null;

  constructor(private options: OverlayOptions) {
    this.host = el('post-coach-overlay', { 'data-pc': 'overlay' });
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = el('style');
    style.textContent = overlayCss;
    this.layer = el('div', { class: 'layer', 'data-pc': 'layer' });
    if ('popover' in HTMLElement.prototype) this.layer.setAttribute('popover', 'manual');
    this.badge = el('button', { class: 'badge', type: 'button', 'data-pc': 'badge', 'data-count': '0', 'data-worst': 'ok', hidden: '' });
    this.badge.addEventListener('click', () => this.togglePanel(true));
    this.panel = el('div', { class: 'panel', role: 'dialog', 'data-pc': 'panel', hidden: '' });
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closePanel(true);
    });
    this.boxes = el('div', { 'data-pc': 'highlights', 'data-count': '0' });
    this.tip = el('div', { class: 'tip', role: 'tooltip', 'data-pc': 'tip', hidden: '' });
    this.live = el('div', { class: 'sr-only', 'aria-live': 'polite', 'data-pc': 'live' });
    this.layer.append(this.boxes, this.badge, this.panel, this.tip, this.live);
    this.root.append(style, this.layer);
    // Keys typed in the panel are ours: the page's shortcuts must not see them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      this.host.addEventListener(type, (event) => event.stopPropagation());
    }
    this.useHighlightApi = supportsHighlightApi() && options.composer.localName !== 'textarea';
    this.boxes.dataset.mode = this.useHighlightApi ? 'highlight-api' : 'boxes';
    if (this.useHighlightApi) {
      const editorRoot = options.composer.getRootNode();
      styleHighlightsIn(document);
      if (editorRoot instanceof ShadowRoot) styleHighlightsIn(editorRoot);
    }
    this.attach();
  }

  /** Puts the host back beside the compose box if the site's re-rendering removed it. */
  private attach(): void {
    if (!this.host.isConnected) this.options.mountPoint.after(this.host);
    if (this.layer.hasAttribute('popover') && !this.layer.matches(':popover-open')) {
      try {
        this.layer.showPopover();
      } catch {
        // Not shown while the host is outside a rendered tree; the next update tries again.
      }
    }
  }

  /**
   * Shows a dialog of another feature (the check before Publish) in this overlay's layer, above the
   * page; false when the overlay is not in a rendered tree and cannot show it.
   */
  present(dialog: HTMLElement): boolean {
    this.attach();
    this.closePanel(false);
    this.layer.append(dialog);
    return this.host.isConnected && dialog.getClientRects().length > 0;
  }

  setMode(mode: CoachingMode, t: Translate): void {
    this.options = { ...this.options, mode, t };
    if (this.report) this.renderPanel();
  }

  /** Shows a new report for the draft it was made from. */
  update(report: Report, draft: DraftText): void {
    this.report = report;
    this.draft = draft;
    this.attach();
    this.marks = report.findings.map((finding) => ({
      finding,
      range: draft.map.kind === 'contenteditable' ? draft.map.rangeFor(finding.span.start, finding.span.end) : null,
      rects: [],
    }));
    this.marksStale = true;
    if (this.useHighlightApi) {
      setHighlights(this, this.marks.flatMap(({ finding, range }) => (range ? [{ severity: finding.severity, range }] : [])));
    }
    this.boxes.dataset.count = String(this.marks.filter((mark) => mark.range || draft.map.kind === 'textarea').length);
    this.renderBadge();
    this.renderPanel();
    this.announce();
    this.schedulePosition();
    this.host.dispatchEvent(new Event(OVERLAY_UPDATED_EVENT));
  }

  /**
   * The draft is longer than the background checks: the badge says so (and where to check it
   * instead) rather than leaving the last report up as if it were current.
   */
  showTooLong(): void {
    this.report = null;
    this.draft = null;
    this.attach();
    this.closePanel(false);
    this.panel.replaceChildren();
    this.marks = [];
    this.mirror?.clear();
    clearHighlights(this);
    this.boxes.replaceChildren();
    this.boxes.dataset.count = '0';
    this.tip.hidden = true;
    const message = this.options.t('overlay.tooLong');
    this.badge.hidden = false;
    this.badge.dataset.count = '0';
    this.badge.dataset.worst = 'too-long';
    this.badge.setAttribute('aria-label', message);
    this.badge.title = message;
    this.badge.replaceChildren(el('span', { class: 'too-long', 'data-pc': 'too-long' }, message));
    this.live.textContent = message;
    this.lastAnnounced = message;
    this.schedulePosition();
    this.host.dispatchEvent(new Event(OVERLAY_UPDATED_EVENT));
  }

  /** The text is changing: old highlights would point at the wrong words, so they go until the next report. */
  clearMarks(): void {
    if (!this.marks.length) return;
    this.marks = [];
    clearHighlights(this);
    this.boxes.replaceChildren();
    this.boxes.dataset.count = '0';
    this.tip.hidden = true;
  }

  private renderBadge(): void {
    const report = this.report!;
    const empty = !this.draft?.text.trim();
    this.badge.hidden = empty;
    const worst = worstOf(report.findings);
    const { t } = this.options;
    this.badge.dataset.count = String(report.findings.length);
    this.badge.dataset.worst = worst;
    const summary = this.summary();
    this.badge.setAttribute('aria-label', t('overlay.badgeLabel', { summary }));
    this.badge.setAttribute('aria-expanded', String(!this.panel.hidden));
    this.badge.title = summary;
    const { characters, limit, foldAt } = report.stats;
    const score = postScore(report.findings).total;
    this.badge.dataset.score = String(score);
    this.badge.replaceChildren(
      lengthRing(characters, limit, foldAt),
      el('span', { class: 'count', 'aria-hidden': 'true' }, String(report.findings.length)),
      el('span', { class: 'score', 'data-pc': 'score', 'aria-hidden': 'true' }, String(score)),
    );
  }

  private summary(): string {
    const { t } = this.options;
    const findings = this.report?.findings ?? [];
    const worst = t(`severity.${worstOf(findings)}`);
    const score = t('score.outOf', { total: postScore(findings).total });
    if (findings.length === 0) return `${t('overlay.summaryNone')}, ${score}`;
    if (findings.length === 1) return `${t('overlay.summaryOne', { worst })}, ${score}`;
    return `${t('overlay.summary', { count: findings.length, worst })}, ${score}`;
  }

  /** Screen readers hear the count when it changes, politely, never on every keystroke. */
  private announce(): void {
    const summary = this.draft?.text.trim() ? this.summary() : '';
    if (summary === this.lastAnnounced) return;
    this.lastAnnounced = summary;
    this.live.textContent = summary;
  }

  private renderPanel(): void {
    const report = this.report;
    if (!report) return;
    const { t, actions } = this.options;
    const { characters, limit, foldAt } = report.stats;
    const platform = report.platform;
    const close = el('button', { class: 'close', type: 'button', 'aria-label': t('overlay.close') }, '×');
    close.addEventListener('click', () => this.closePanel(true));
    const meter =
      limit === null
        ? t('overlay.meterNoLimit', { count: characters })
        : t('overlay.meter', { count: characters, limit, platform: platforms[platform].name });
    const header = el('header', {}, el('h2', { id: 'pc-title' }, t('overlay.title')), el('span', { class: 'meter' }, meter), close);
    const score = postScore(report.findings);
    const sections = categoryIds.map((category) => {
      const findings = report.findings.filter((finding) => finding.category === category);
      const status = report.categories[category];
      const heading = el(
        'h3',
        {},
        el('span', { class: 'dot', 'data-status': status }),
        t(`category.${category}`),
        el('span', { class: 'status' }, findings.length ? t('overlay.status', { status: t(`severity.${status}`), count: findings.length }) : t('severity.ok')),
        el('span', { class: 'points', 'data-pc': 'category-score', 'aria-label': t('score.pointsLabel', { points: score.categories[category] }) }, t('score.points', { points: score.categories[category] })),
      );
      const list = el('ul', {}, ...findings.map((finding) => this.findingItem(finding)));
      return el('section', { 'data-category': category }, heading, findings.length ? list : el('p', { class: 'empty' }, t('overlay.noFindings')));
    });
    const options = el('button', { type: 'button' }, t('overlay.options'));
    options.addEventListener('click', () => actions.openOptions());
    const parts: Node[] = [header, el('p', { class: 'score-line', 'data-pc': 'panel-score', 'data-score': String(score.total) }, `${t('score.name')}: ${score.total}/100`)];
    if (foldAt !== null) parts.push(el('p', { class: 'empty' }, t('overlay.fold', { fold: foldAt })));
    if (report.findings.length === 0) parts.push(el('p', { class: 'empty' }, t('overlay.allClear')));
    parts.push(...sections, el('div', { class: 'footer' }, options));
    this.panel.setAttribute('aria-labelledby', 'pc-title');
    this.panel.replaceChildren(...parts);
  }

  private findingItem(finding: Finding): HTMLElement {
    const { t, mode, actions } = this.options;
    const item = el('li', {
      class: 'finding',
      'data-pc': 'finding',
      'data-rule': finding.ruleId,
      'data-category': finding.category,
      'data-severity': finding.severity,
    });
    item.append(el('p', {}, el('span', { class: 'label' }, `${t(`severity.${finding.severity}`)}: `), finding.message));
    if (mode === 'learner') {
      item.append(el('p', { class: 'muted' }, el('span', { class: 'label' }, `${t('overlay.why')} `), finding.why));
      item.append(el('p', {}, el('span', { class: 'label' }, `${t('overlay.fix')} `), finding.fix));
      const example = this.report ? actions.example(finding, this.report) : null;
      if (example) item.append(el('p', { class: 'example' }, el('span', { class: 'label' }, `${t('overlay.example')} `), `“${example}”`));
    } else {
      item.title = `${finding.why}\n${finding.fix}`;
    }
    const ignore = el('button', { type: 'button', 'data-pc': 'ignore', 'aria-label': t('overlay.ignoreLabel') }, t('overlay.ignore'));
    ignore.addEventListener('click', () => actions.ignore(finding));
    const off = el('button', { type: 'button', 'data-pc': 'turn-off', 'aria-label': t('overlay.turnOffLabel', { rule: finding.ruleId }) }, t('overlay.turnOff'));
    off.addEventListener('click', () => actions.turnOff(finding));
    const learn = el('button', { type: 'button', 'data-pc': 'learn-more', 'aria-label': t('overlay.learnMoreLabel', { rule: finding.ruleId }) }, t('overlay.learnMore'));
    learn.addEventListener('click', () => actions.learnMore(finding));
    item.append(el('div', { class: 'actions' }, learn, ignore, off));
    return item;
  }

  togglePanel(focus: boolean): void {
    if (this.panel.hidden) this.openPanel(focus);
    else this.closePanel(focus);
  }

  openPanel(focus: boolean): void {
    if (!this.report) return;
    this.panel.hidden = false;
    this.badge.setAttribute('aria-expanded', 'true');
    this.schedulePosition();
    if (focus) this.panel.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }

  /** Closing gives the focus back to the editor when the user was in the panel. */
  closePanel(returnFocus: boolean): void {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.badge.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.options.composer.focus({ preventScroll: true });
  }

  /** Alt+Shift+P in the editor opens the panel; the key is consumed so the page does not act on it. */
  handleEditorKey(event: KeyboardEvent): void {
    if (!PANEL_SHORTCUT(event)) return;
    event.preventDefault();
    event.stopPropagation();
    this.togglePanel(true);
  }

  /** Shows the finding under the pointer, if any. */
  pointAt(x: number, y: number): void {
    const hit = this.markRects().find(({ rects }) => rects.some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2));
    if (!hit) {
      this.tip.hidden = true;
      return;
    }
    const { t } = this.options;
    this.tip.replaceChildren(el('span', { class: 'label' }, `${t(`severity.${hit.finding.severity}`)}: `), hit.finding.message);
    this.tip.dataset.rule = hit.finding.ruleId;
    this.tip.hidden = false;
    const rect = hit.rects[0]!;
    const tipHeight = this.tip.offsetHeight || 40;
    const top = rect.top - tipHeight - 6 >= 0 ? rect.top - tipHeight - 6 : rect.bottom + 6;
    Object.assign(this.tip.style, { left: `${Math.max(4, Math.min(rect.left, innerWidth - 330))}px`, top: `${top}px` });
  }

  hideTip(): void {
    this.tip.hidden = true;
  }

  private markRects(): Mark[] {
    if (this.marksStale) {
      const textarea = this.draft?.map.kind === 'textarea' ? this.draft.map.element : null;
      if (textarea && this.marks.length) {
        const rects = (this.mirror ??= new TextareaMirror(this.root)).rects(textarea, this.marks.map(({ finding }) => finding.span));
        this.marks.forEach((mark, i) => (mark.rects = rects[i]!));
      } else {
        for (const mark of this.marks) mark.rects = mark.range ? [...mark.range.getClientRects()] : [];
      }
      this.marksStale = false;
    }
    return this.marks;
  }

  /** Re-places everything after a scroll, a resize or a new report, once per frame. */
  schedulePosition(): void {
    this.marksStale = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  private position(): void {
    const box = this.options.composer.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    this.layer.style.visibility = visible ? 'visible' : 'hidden';
    if (!visible) return;
    const badgeWidth = this.badge.offsetWidth || 56;
    const badgeLeft = Math.max(4, Math.min(box.right - badgeWidth - 6, innerWidth - badgeWidth - 4));
    const badgeTop = Math.max(4, Math.min(box.bottom - 34, innerHeight - 34));
    Object.assign(this.badge.style, { left: `${badgeLeft}px`, top: `${badgeTop}px` });
    if (!this.panel.hidden) {
      // Above the badge if the panel fits there, else on the side with more room, shortened to fit:
      // never over the badge that opened it.
      this.panel.style.maxHeight = '';
      const width = this.panel.offsetWidth || 406;
      const height = this.panel.offsetHeight || 300;
      const left = Math.max(8, Math.min(badgeLeft + badgeWidth - width, innerWidth - width - 8));
      const roomAbove = badgeTop - 16;
      const roomBelow = innerHeight - badgeTop - 44;
      const above = height <= roomAbove || roomAbove >= roomBelow;
      const shown = Math.min(height, Math.max(above ? roomAbove : roomBelow, 0));
      if (shown < height) this.panel.style.maxHeight = `${shown}px`;
      const top = above ? badgeTop - 8 - shown : badgeTop + 36;
      Object.assign(this.panel.style, { left: `${left}px`, top: `${top}px` });
    }
    if (!this.useHighlightApi) this.renderBoxes();
  }

  /** Positioned boxes where the Highlight API cannot paint (textareas, older engines). */
  private renderBoxes(): void {
    const boxes: HTMLElement[] = [];
    for (const { finding, rects } of this.markRects()) {
      for (const rect of rects) {
        const box = el('div', { class: 'box', 'data-severity': finding.severity, 'data-rule': finding.ruleId });
        Object.assign(box.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
        boxes.push(box);
      }
    }
    this.boxes.replaceChildren(...boxes);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearHighlights(this);
    this.host.remove();
  }
}

function worstOf(findings: readonly Finding[]): CategoryStatus {
  let worst: CategoryStatus = 'ok';
  for (const { severity } of findings) if (rank[severity] > rank[worst]) worst = severity as Severity;
  return worst;
}
