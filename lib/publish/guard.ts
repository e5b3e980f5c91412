import type { AuditEntry } from '../audit/audit-log';
import type { DraftText } from '../dom/read-draft';
import { focusPublishDialog, publishDialog } from '../dom/overlay/publish-dialog';
import type { Translate } from '../i18n/translate';
import type { PrePublishLevel } from '../settings/schema';
import { isPublishKey, type SiteAdapter } from '../sites/define-site';
import { auditable, decidePublish, ruleIdsOf, type DraftCheck, type PassCause } from './decide';

/** What the guard needs from a coached compose box (a `ComposerSession`). */
export interface GuardedBox {
  readonly composer: HTMLElement;
  /** How the box was found: only the adapter's boxes have a publish button it knows. */
  readonly kind: 'adapter' | 'generic';
  publishCheck(): { check: DraftCheck; draft: DraftText };
  showDialog(dialog: HTMLElement): boolean;
  focusAt(draft: DraftText, offset: number): void;
  /** Adds the draft to the progress history as published (once per draft, however often it is called). */
  recordProgress(outcome: 'published'): void;
}

export interface PublishGuardEnvironment {
  site: SiteAdapter;
  /**
   * The boxes coached on the page now (none while Post Coach is off on the site): the adapter's, and
   * those the generic reader took, whose publishing keys are still the site's.
   */
  boxes(): Iterable<GuardedBox>;
  /** The check's settings, or null while they are not known. */
  settings(): { level: PrePublishLevel; askReason: boolean } | null;
  siteEnabled(): boolean;
  t(): Translate;
  /** Sends a decision to the audit log (the background adds the time, and skips it if the log is off). */
  log(entry: Omit<AuditEntry, 'at'>): void;
}

const nativeButtons = new Set(['button', 'input']);

/**
 * After "Publish anyway", the same action on the same drafts passes once within this time, unasked:
 * if the site ignored the action sent again (or re-rendered its button meanwhile), publishing again
 * works without a second question.
 */
export const APPROVAL_MS = 30_000;

/** What "Publish anyway" approved: which action, on which boxes holding which texts, until when. */
interface Approval {
  action: string;
  boxes: GuardedBox[];
  texts: string[];
  until: number;
}

/**
 * The last check before Publish. Listens on the window in the capture phase, so it runs before the
 * site's own handlers, for the two ways a post is published: a click on the box's publish button
 * (also the click a keyboard makes on a real button) and the site's publishing key press in the box
 * (also Enter or Space on a publish button that is not a real `<button>`, and then its release). When the boxes' current
 * findings reach the chosen level it stops that one event and asks; "Publish anyway" sends the same
 * action again, which passes once. It never touches the editor and fails open, with a console note
 * and an audit entry, whenever it cannot be sure.
 */
export function createPublishGuard(env: PublishGuardEnvironment) {
  /** Set while an action the user confirmed is sent again: that one passes. */
  let passing = false;
  let open: HTMLElement | null = null;
  /**
   * The key whose press was stopped: its release is stopped too, or a site that acts on keyup (Space
   * on a button) would publish, and the dialog's focused button would take it as a click.
   */
  let heldKey: string | null = null;
  let approval: Approval | null = null;
  /** Boxes already looked at for a publish button the adapter cannot identify (said once per box). */
  const buttonsLookedFor = new WeakSet<HTMLElement>();

  function onClick(event: MouseEvent): void {
    if (passing) return;
    const path = event.composedPath();
    const hit = byButton(path);
    if (!hit) return;
    check(event, 'click', hit.boxes, () => replayClick(hit.button, hit.boxes));
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (passing || event.defaultPrevented) return;
    const path = event.composedPath();
    const inBox = boxes().find((box) => path.includes(box.composer));
    if (inBox) {
      noteUnknownButton(inBox);
      if (!isPublishKey(env.site, inBox.composer, event)) return;
      const target = path[0] as Element;
      check(event, keyAction(event), [inBox], () => replayKey(event, target, inBox));
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const hit = byButton(path);
    if (!hit || nativeButtons.has(hit.button.localName)) return; // a real button turns the key into a click
    check(event, keyAction(event), hit.boxes, () => replayKey(event, hit.button, null));
  }

  /**
   * The first time the user types in a box whose publish button the adapter cannot identify (a
   * redesign, a label in another language), says that clicking it will not be checked.
   */
  function noteUnknownButton(box: GuardedBox): void {
    if (buttonsLookedFor.has(box.composer) || box.kind !== 'adapter' || !env.site.publishButton) return;
    buttonsLookedFor.add(box.composer);
    if (!env.site.publishButton(box.composer)) console.warn(`Post Coach: no publish button identified for this ${env.site.id} compose box; only its publishing keys are checked before Publish`);
  }

  function onKeyUp(event: KeyboardEvent): void {
    if (passing || event.key !== heldKey) return;
    heldKey = null;
    stop(event);
  }

  function boxes(): GuardedBox[] {
    return [...env.boxes()];
  }

  /** The publish button on `path` and every box it publishes (a thread's "Post all" publishes all of them). */
  function byButton(path: EventTarget[]): { button: HTMLElement; boxes: GuardedBox[] } | null {
    if (!env.site.publishButton) return null;
    let button: HTMLElement | null = null;
    const matched: GuardedBox[] = [];
    for (const box of boxes()) {
      if (box.kind !== 'adapter') continue;
      const candidate = env.site.publishButton(box.composer);
      if (candidate && path.includes(candidate)) {
        button = candidate;
        matched.push(box);
      }
    }
    if (button) return { button, boxes: matched };
    // While Post Coach is off on the site no box is coached; say so when its publish button is used.
    if (!env.siteEnabled()) {
      const offButton = env.site.findComposers(document).map((composer) => env.site.publishButton!(composer)).find((candidate) => candidate && path.includes(candidate));
      if (offButton) note('site-off');
    }
    return null;
  }

  function check(event: Event, action: string, held: GuardedBox[], replay: () => void): void {
    if (open?.isConnected) {
      // Already asking: this action waits for the answer too.
      stop(event);
      focusPublishDialog(open);
      return;
    }
    // Whatever lets the action through publishes the drafts: the progress history counts them.
    const published = () => held.forEach((box) => box.recordProgress('published'));
    const settings = env.settings();
    const checks = held.map((box) => box.publishCheck());
    if (approved(action, held, checks.map(({ draft }) => draft.text))) return published();
    const decision = decidePublish({ level: settings?.level ?? null, siteEnabled: env.siteEnabled(), drafts: checks.map(({ check }) => check) });
    if (decision.verdict === 'pass') {
      if (decision.cause) pass(decision.cause, settings?.level);
      return published();
    }
    const t = env.t();
    const first = decision.findings.findIndex((list) => list.length > 0);
    const entry = { site: env.site.id, rules: ruleIdsOf(decision.findings), level: decision.level };
    const dialog = publishDialog({
      t,
      findings: decision.findings.flat(),
      askReason: settings?.askReason ?? false,
      review: () => {
        open = null;
        env.log({ ...entry, decision: 'reviewed' });
        held[first]!.focusAt(checks[first]!.draft, decision.findings[first]![0]!.span.start);
      },
      publishAnyway: (reason) => {
        open = null;
        env.log({ ...entry, decision: 'published-anyway', ...(reason ? { reason } : {}) });
        approval = { action, boxes: held, texts: checks.map(({ draft }) => draft.text), until: Date.now() + APPROVAL_MS };
        published();
        replay();
      },
    });
    let shown = false;
    try {
      shown = held[first]!.showDialog(dialog);
    } catch (error) {
      console.warn('Post Coach: the check before Publish could not show its dialog', error);
    }
    if (!shown) {
      dialog.remove();
      pass('dialog-unavailable', decision.level);
      return published();
    }
    stop(event);
    if (event instanceof KeyboardEvent) heldKey = event.key;
    open = dialog;
    focusPublishDialog(dialog);
  }

  /** Whether this action repeats one approved with "Publish anyway" (then it passes, once). */
  function approved(action: string, held: GuardedBox[], texts: string[]): boolean {
    const last = approval;
    if (!last || Date.now() > last.until) return false;
    const same =
      last.action === action && last.boxes.length === held.length && held.every((box, index) => box === last.boxes[index] && texts[index] === last.texts[index]);
    if (same) approval = null;
    return same;
  }

  function stop(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /** The action goes through unchecked: said in the console, and in the audit log when the check was on. */
  function pass(cause: PassCause, level: PrePublishLevel | undefined): void {
    note(cause);
    if (auditable(cause) && level && level !== 'off') env.log({ site: env.site.id, rules: [], level, decision: 'not-checked', cause });
  }

  function note(cause: PassCause): void {
    console.warn(`Post Coach: published without the check before Publish (${cause})`);
  }

  /** Clicks the button again (found anew if the site re-rendered it); the site sees an ordinary click. */
  function replayClick(button: HTMLElement, held: GuardedBox[]): void {
    const target = button.isConnected ? button : held.map((box) => env.site.publishButton?.(box.composer)).find(Boolean);
    if (!target) {
      console.warn('Post Coach: the publish button is gone; publishing again goes through without asking');
      return;
    }
    target.focus({ preventScroll: true });
    send(() => target.click());
  }

  /** Presses the same keys again where they were pressed, with the focus back in the box. */
  function replayKey(original: KeyboardEvent, target: Element, box: GuardedBox | null): void {
    const { key, code, ctrlKey, metaKey, shiftKey, altKey, location } = original;
    const init: KeyboardEventInit = { key, code, ctrlKey, metaKey, shiftKey, altKey, location, bubbles: true, cancelable: true, composed: true };
    const where = target.isConnected ? target : box?.composer;
    if (!where) return;
    box?.composer.focus({ preventScroll: true });
    if (!box) (where as HTMLElement).focus?.({ preventScroll: true });
    send(() => {
      where.dispatchEvent(new KeyboardEvent('keydown', init));
      where.dispatchEvent(new KeyboardEvent('keyup', init));
    });
  }

  function keyAction(event: KeyboardEvent): string {
    return `key ${event.ctrlKey || event.metaKey ? 'mod+' : ''}${event.key}`;
  }

  function send(action: () => void): void {
    passing = true;
    try {
      action();
    } finally {
      passing = false;
    }
  }

  return { onClick, onKeyDown, onKeyUp };
}
