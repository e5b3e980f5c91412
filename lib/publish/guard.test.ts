// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../analysis/schema';
import type { AuditEntry } from '../audit/audit-log';
import { readDraft } from '../dom/read-draft';
import { translator } from '../i18n/translate';
import x from '../sites/x';
import type { DraftCheck } from './decide';
import { APPROVAL_MS, createPublishGuard, type GuardedBox } from './guard';

const error = (ruleId: string, start: number): Finding => ({
  ruleId,
  category: 'inappropriate',
  severity: 'error',
  messageId: 'm',
  message: `${ruleId} message`,
  why: '',
  fix: '',
  data: {},
  span: { start, end: start + 4 },
});

/** The X compose dialog, a guard on the window, and what the "site" (a document listener) sees. */
function setUp(options: { kind?: 'adapter' | 'generic'; check?: DraftCheck; show?: () => boolean; siteEnabled?: boolean; settings?: { level: 'error' | 'warning' | 'off'; askReason: boolean } | null } = {}) {
  document.body.innerHTML = `<div role="dialog"><div data-testid="tweetTextarea_0" contenteditable="true"><p>This shit works.</p></div><button data-testid="tweetButton"><span>Post</span></button></div><button id="other">Other</button>`;
  const composer = document.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
  const button = document.querySelector<HTMLElement>('[data-testid="tweetButton"]')!;
  // The overlay's shadow root, where the dialog is shown.
  const host = document.createElement('div');
  document.body.append(host);
  const layer = host.attachShadow({ mode: 'open' });
  const focused: number[] = [];
  const published: string[] = [];
  const box: GuardedBox = {
    composer,
    kind: options.kind ?? 'adapter',
    publishCheck: () => ({ check: options.check ?? { state: 'current', findings: [error('no-profanity', 5)] }, draft: readDraft(composer) }),
    showDialog: (dialog) => {
      if (options.show && !options.show()) return false;
      layer.append(dialog);
      return true;
    },
    focusAt: (_draft, offset) => void focused.push(offset),
    recordProgress: (outcome) => void published.push(outcome),
  };
  const logged: Array<Omit<AuditEntry, 'at'>> = [];
  const guard = createPublishGuard({
    site: x,
    boxes: () => (options.siteEnabled === false ? [] : [box]),
    settings: () => (options.settings === undefined ? { level: 'error', askReason: false } : options.settings),
    siteEnabled: () => options.siteEnabled ?? true,
    t: () => translator('en'),
    log: (entry) => void logged.push(entry),
  });
  const controller = new AbortController();
  window.addEventListener('click', guard.onClick, { capture: true, signal: controller.signal });
  window.addEventListener('keydown', guard.onKeyDown, { capture: true, signal: controller.signal });
  window.addEventListener('keyup', guard.onKeyUp, { capture: true, signal: controller.signal });
  const seen: string[] = [];
  // The site: it listens on the document, and acts on its buttons and its editor only.
  const other = document.getElementById('other')!;
  document.addEventListener(
    'click',
    (event) => {
      const path = event.composedPath();
      if (path.includes(button)) seen.push('click button');
      if (path.includes(other)) seen.push('click other');
    },
    { capture: true, signal: controller.signal },
  );
  document.addEventListener('keydown', (event) => event.composedPath().includes(composer) && seen.push(`keydown ${event.ctrlKey ? 'Ctrl+' : ''}${event.key}`), {
    capture: true,
    signal: controller.signal,
  });
  const dialog = () => layer.querySelector<HTMLElement>('[data-pc="publish-check"]');
  const press = (name: string) => layer.querySelector<HTMLElement>(`[data-pc="${name}"]`)!.click();
  return { composer, button, seen, logged, focused, published, dialog, press, stop: () => controller.abort() };
}

describe('the publish guard', () => {
  let stop = () => {};
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    stop();
    warn.mockRestore();
  });

  it('stops a click on the publish button when the current draft has an error, and lets it through once after "Publish anyway"', () => {
    const page = setUp();
    stop = page.stop;
    page.button.querySelector('span')!.click();
    expect(page.seen).toEqual([]);
    expect(page.published).toEqual([]);
    expect(page.dialog()?.textContent).toContain('no-profanity message');
    page.press('publish-anyway');
    expect(page.seen).toEqual(['click button']);
    // The progress history counts the draft as published (the history keeps it once per draft).
    expect(page.published.length).toBeGreaterThan(0);
    expect(page.dialog()).toBeNull();
    expect(page.logged).toEqual([{ site: 'x', rules: ['no-profanity'], level: 'error', decision: 'published-anyway' }]);
    // Had the site ignored the click sent again, a second click on the same draft passes once, unasked…
    page.button.click();
    expect(page.seen).toEqual(['click button', 'click button']);
    expect(page.dialog()).toBeNull();
    // …and the next one is checked again.
    page.button.click();
    expect(page.seen).toHaveLength(2);
    expect(page.dialog()).not.toBeNull();
  });

  it('approves only the same action on the same text, for 30 seconds', () => {
    vi.useFakeTimers();
    try {
      const page = setUp();
      stop = page.stop;
      const composer = page.composer;
      page.button.click();
      page.press('publish-anyway');
      expect(page.seen).toEqual(['click button']);
      // Another action (the keyboard) on the same text is asked about.
      composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
      expect(page.dialog()).not.toBeNull();
      page.press('publish-review');
      vi.advanceTimersByTime(APPROVAL_MS + 1);
      page.button.click();
      expect(page.dialog(), 'approval expired').not.toBeNull();
      page.press('publish-anyway');
      expect(page.seen).toEqual(['click button', 'click button']);
      composer.querySelector('p')!.textContent = 'This shit works, really.';
      page.button.click();
      expect(page.dialog(), 'the text changed').not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('"Review" keeps the post, logs the decision and puts the caret at the first finding', () => {
    const page = setUp({ check: { state: 'current', findings: [error('no-secrets', 12), error('no-profanity', 5)] } });
    stop = page.stop;
    page.button.click();
    page.press('publish-review');
    expect(page.seen).toEqual([]);
    expect(page.focused).toEqual([5]);
    expect(page.logged).toEqual([{ site: 'x', rules: ['no-profanity', 'no-secrets'], level: 'error', decision: 'reviewed' }]);
  });

  it('stops Ctrl+Enter in the box and sends it again after "Publish anyway"; other keys pass', () => {
    const page = setUp();
    stop = page.stop;
    page.composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true, composed: true }));
    page.composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
    expect(page.seen).toEqual(['keydown Ctrl+a']);
    page.press('publish-anyway');
    expect(page.seen).toEqual(['keydown Ctrl+a', 'keydown Ctrl+Enter']);
  });

  it('in a box the generic reader coaches, checks the site\'s publishing keys but never guesses its button', () => {
    const page = setUp({ kind: 'generic' });
    stop = page.stop;
    page.button.click();
    expect(page.seen).toEqual(['click button']);
    page.composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
    expect(page.seen).toEqual(['click button']);
    expect(page.dialog()).not.toBeNull();
  });

  it('on a publish button that is not a real button, stops Space and its release, so the release neither publishes nor answers the dialog', () => {
    const page = setUp();
    stop = page.stop;
    const div = document.createElement('div');
    div.setAttribute('role', 'button');
    div.dataset.testid = 'tweetButton';
    page.button.replaceWith(div);
    const released: string[] = [];
    const listening = new AbortController();
    document.addEventListener('keyup', (event) => void released.push(event.key), { capture: true, signal: listening.signal });
    div.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true }));
    expect(page.dialog()).not.toBeNull();
    div.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, composed: true, cancelable: true }));
    expect(released).toEqual([]);
    page.press('publish-anyway');
    expect(released).toEqual([' ']);
    listening.abort();
  });

  it('asks for a reason when the settings say so, and logs it', () => {
    const page = setUp({ settings: { level: 'error', askReason: true } });
    stop = page.stop;
    page.button.click();
    page.press('publish-anyway');
    expect(page.seen).toEqual([]);
    expect(page.dialog()!.querySelector<HTMLElement>('[data-pc="publish-reason-missing"]')!.hidden).toBe(false);
    page.dialog()!.querySelector('textarea')!.value = '  Approved by legal  ';
    page.press('publish-anyway');
    expect(page.seen).toEqual(['click button']);
    expect(page.logged).toEqual([{ site: 'x', rules: ['no-profanity'], level: 'error', decision: 'published-anyway', reason: 'Approved by legal' }]);
  });

  it('leaves clean drafts, other buttons and a check set to off alone, logging nothing', () => {
    let page = setUp({ check: { state: 'current', findings: [] } });
    page.button.click();
    document.getElementById('other')!.click();
    expect(page.seen).toEqual(['click button', 'click other']);
    expect(page.published).toEqual(['published']);
    page.stop();
    page = setUp({ settings: { level: 'off', askReason: false } });
    stop = page.stop;
    page.button.click();
    expect(page.seen).toEqual(['click button']);
    expect(page.logged).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  describe('fails open, with a note in the console', () => {
    it('when the report is stale, failed or missing: and the audit log says the post was not checked', () => {
      for (const state of ['stale', 'analysis-failed', 'no-report'] as const) {
        const page = setUp({ check: { state } });
        page.button.click();
        expect(page.seen, state).toEqual(['click button']);
        expect(page.logged).toEqual([{ site: 'x', rules: [], level: 'error', decision: 'not-checked', cause: state }]);
        page.stop();
      }
      expect(warn).toHaveBeenCalledTimes(3);
    });

    it('when the dialog cannot be shown, or showing it throws', () => {
      for (const show of [() => false, () => { throw new Error('no layer'); }]) {
        const page = setUp({ show });
        page.button.click();
        expect(page.seen).toEqual(['click button']);
        expect(page.dialog()).toBeNull();
        expect(page.logged).toEqual([{ site: 'x', rules: [], level: 'error', decision: 'not-checked', cause: 'dialog-unavailable' }]);
        page.stop();
      }
    });

    it('says once, when the user types in a box whose publish button is not identified, that clicks on it go unchecked', () => {
      const page = setUp();
      stop = page.stop;
      page.button.remove();
      for (const key of ['a', 'b']) page.composer.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('no publish button identified'));
    });

    it('when Post Coach is off on the site or its settings are not known yet', () => {
      let page = setUp({ siteEnabled: false });
      page.button.click();
      expect(page.seen).toEqual(['click button']);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('site-off'));
      page.stop();
      page = setUp({ settings: null });
      stop = page.stop;
      page.button.click();
      expect(page.seen).toEqual(['click button']);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('settings-unknown'));
      expect(page.logged).toEqual([]);
    });
  });
});
