/**
 * The last check before Publish on every site's synthetic page, in real Chromium: a clean draft
 * is published at the first click; a draft with an error is stopped, by click and by keyboard,
 * until "Publish anyway", after which the site sees the action once. "Review" brings the focus back
 * to the editor. The editor is never changed. Then the reason asked before "Publish anyway", in
 * Italian, and the audit log in the options: shown, exported as CSV, cleared.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { SiteId } from '../../lib/sites/define-site';
import { test } from './fixtures';
import { publishedActions, recordPublishing } from './publish-recorder';
import { focusedElement, foreignMutations, OverlayDriver, typeAtEnd, waitFor, watchEditorMutations, type ExtensionSession } from './harness';

interface PublishCase {
  name: string;
  site: SiteId;
  url: string;
  fixture: string;
  editor(page: Page): Locator;
  /** Other boxes the same button publishes (the other posts of a thread): their reports must be in too. */
  others?(page: Page): Locator[];
  button(page: Page): Locator;
  /** How the keyboard publishes here: the site's shortcut in the editor, or Enter on the focused button. */
  keyboard: 'mod-enter' | 'enter-on-button';
}

const cases: PublishCase[] = [
  {
    name: 'linkedin classic post box (Quill in a shadow root)',
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    fixture: 'linkedin.html',
    editor: (page) => page.locator('[aria-label="Text editor for creating content"]'),
    button: (page) => page.locator('.share-actions__primary-action'),
    keyboard: 'mod-enter',
  },
  {
    name: 'linkedin new share box (TipTap in a native dialog)',
    site: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    fixture: 'linkedin-share-box-2026.html',
    editor: (page) => page.locator('dialog [aria-label="Text editor for creating content"]'),
    button: (page) => page.locator('dialog footer button', { hasText: /^Post$/ }),
    keyboard: 'mod-enter',
  },
  {
    name: 'x thread (Draft.js), "Post all"',
    site: 'x',
    url: 'https://x.com/home',
    fixture: 'x.html',
    editor: (page) => page.locator('[data-testid="tweetTextarea_1"]'),
    others: (page) => [page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]')],
    button: (page) => page.locator('[data-testid="tweetButton"]'),
    keyboard: 'mod-enter',
  },
  {
    name: 'facebook Create post dialog (Lexical), a div button',
    site: 'facebook',
    url: 'https://www.facebook.com/',
    fixture: 'facebook.html',
    editor: (page) => page.locator('[role="dialog"] [aria-label="What\'s on your mind, Ana?"]'),
    button: (page) => page.locator('[role="dialog"] [role="button"][aria-label="Post"]'),
    keyboard: 'enter-on-button',
  },
  {
    name: 'threads new thread (a div button known by its text)',
    site: 'threads',
    url: 'https://www.threads.com/',
    fixture: 'threads.html',
    editor: (page) => page.locator('[aria-label="Text field. Type to compose a new post."]'),
    others: (page) => [page.locator('[aria-label="Text field. Type to compose a reply."]')],
    button: (page) => page.locator('[role="dialog"] [role="button"]', { hasText: /^Post$/ }),
    keyboard: 'mod-enter',
  },
  {
    name: 'bluesky composer (TipTap), "Post all"',
    site: 'bluesky',
    url: 'https://bsky.app/',
    fixture: 'bluesky.html',
    editor: (page) => page.locator('[aria-label="Rich-Text Editor"]').nth(1),
    others: (page) => [page.locator('[aria-label="Rich-Text Editor"]').first()],
    button: (page) => page.locator('[data-testid="composerPublishBtn"]'),
    keyboard: 'mod-enter',
  },
  {
    name: 'mastodon compose form (textarea, submit button)',
    site: 'mastodon',
    url: 'https://mastodon.social/home',
    fixture: 'mastodon.html',
    editor: (page) => page.locator('textarea.autosuggest-textarea__textarea'),
    button: (page) => page.locator('.compose-form__submit button'),
    keyboard: 'mod-enter',
  },
  {
    name: 'instagram caption (a div Share button)',
    site: 'instagram',
    url: 'https://www.instagram.com/',
    fixture: 'instagram.html',
    editor: (page) => page.locator('[aria-label="Write a caption..."]'),
    button: (page) => page.locator('[role="dialog"] [role="button"]', { hasText: /^Share$/ }),
    keyboard: 'enter-on-button',
  },
  {
    name: 'reddit comment (shreddit-composer, slotted submit button)',
    site: 'reddit',
    url: 'https://www.reddit.com/r/productivity/comments/1abc23x/how_do_you_plan_your_week/',
    fixture: 'reddit.html',
    editor: (page) => page.locator('shreddit-composer [aria-label="Comment"]'),
    button: (page) => page.locator('shreddit-composer[name="comment"] button[slot="submit-button"]'),
    keyboard: 'enter-on-button',
  },
];

/** Typed at the end of each draft: an error (profanity) at the default level. */
const offending = ' This shit works.';

/** The audit log as stored, as "site decision rules" lines (nothing stored: no line). */
async function auditLines(ext: ExtensionSession): Promise<string[]> {
  const stored = await ext.worker.evaluate(
    async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('auditLog')).auditLog,
  );
  return ((stored ?? []) as Array<{ site: string; decision: string; rules: string[] }>).map((entry) => `${entry.site} ${entry.decision} ${entry.rules.join(' ')}`);
}

const published = (page: Page) => page.evaluate(publishedActions);

/** Run in the page, on an editor: its text from the caret on (the caret's text node, or the textarea's value). */
function textAfterCaret(editor: Element): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value.slice(editor.selectionStart);
  const root = editor.getRootNode() as Document & { getSelection?(): Selection | null };
  const selection = root.getSelection?.() ?? document.getSelection();
  const node = selection?.anchorNode;
  return node && editor.contains(node) ? (node.textContent ?? '').slice(selection.anchorOffset) : `(caret outside the editor: ${node?.nodeName})`;
}
const dialog = (page: Page) => page.locator('[data-pc="publish-check"]');

async function waitForOverlay(editor: Locator, accept: (worst: string) => boolean): Promise<void> {
  const overlay = new OverlayDriver(editor);
  await waitFor('a report in the overlay', () => overlay.state(), (state) => !!state && !state.badge.hidden && accept(state.badge.worst), (state) => state?.badge);
}

async function openCase(ext: ExtensionSession, site: PublishCase): Promise<{ page: Page; editor: Locator; button: Locator }> {
  ext.serve(site.url, site.fixture);
  const page = await ext.open(site.url);
  const editor = site.editor(page);
  const button = site.button(page);
  await editor.evaluate(recordPublishing, await button.elementHandle());
  for (const box of [editor, ...(site.others?.(page) ?? [])]) await waitForOverlay(box, (worst) => worst !== 'error');
  return { page, editor, button };
}

/**
 * Inserts `text` at the end of the draft in one input event, and waits for the overlay's report on
 * the new text (the overlay signals each report it shows with OVERLAY_UPDATED_EVENT on its host).
 */
async function insertAndWaitForReport(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.evaluate((el) => {
    const counter = window as unknown as { postCoachUpdates: number };
    counter.postCoachUpdates = 0;
    const count = () => counter.postCoachUpdates++;
    // The event does not bubble: listen in the capture phase, in the tree of the overlay's host.
    for (const root of new Set<Node>([el.getRootNode(), document])) root.addEventListener('post-coach-update', count, { capture: true });
  });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText(text);
  await expect.poll(() => page.evaluate(() => (window as unknown as { postCoachUpdates: number }).postCoachUpdates)).toBeGreaterThan(0);
}

/** Publishes with the keyboard, as a user of this site would. */
async function publishByKeyboard(site: PublishCase, page: Page, editor: Locator, button: Locator): Promise<void> {
  if (site.keyboard === 'mod-enter') {
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+Enter');
  } else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
}

describe('the check before Publish, on every site', () => {
  for (const site of cases) {
    test(site.name, async ({ ext }) => {
      const { page, editor, button } = await openCase(ext, site);

      // A clean draft (no error) goes out at the first click, with no question.
      await button.click();
      expect(await published(page)).toEqual(['click']);
      expect(await dialog(page).count()).toBe(0);
      expect(await auditLines(ext), 'a clean draft leaves no trace').toEqual([]);

      await watchEditorMutations(editor);
      await typeAtEnd(editor, offending);
      await waitForOverlay(editor, (worst) => worst === 'error');

      // With an error, the click is stopped and the dialog lists it, focused on "Review".
      await button.click();
      await expect.poll(() => dialog(page).count()).toBe(1);
      expect(await published(page)).toEqual(['click']);
      expect(await dialog(page).locator('[data-pc="publish-finding"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')))).toEqual([
        'no-profanity',
      ]);
      expect(await focusedElement(page)).toBe('overlay publish-review');
      await dialog(page).locator('[data-pc="publish-anyway"]').click();
      expect(await dialog(page).count()).toBe(0);
      expect(await published(page), 'the click goes through once after "Publish anyway"').toEqual(['click', 'click']);

      // A site clears its box once a post is out; here the draft changes instead, so the same action
      // on the same text, approved for a while by "Publish anyway", is not what comes next.
      await insertAndWaitForReport(page, editor, ' Really.');
      await expect.poll(() => auditLines(ext)).toHaveLength(1);

      // The keyboard: stopped, "Review" (Enter on the focused button) returns to the editor; then
      // stopped again, Tab to "Publish anyway" and Enter: the site sees the action once.
      const before = (await published(page)).length;
      await publishByKeyboard(site, page, editor, button);
      await expect.poll(() => dialog(page).count()).toBe(1);
      await page.keyboard.press('Enter');
      expect(await dialog(page).count()).toBe(0);
      expect(await editor.evaluate((el) => el === document.activeElement || el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      expect(await editor.evaluate(textAfterCaret), 'the caret at the first finding').toMatch(/^shit works\./);
      expect((await published(page)).length).toBe(before);

      await publishByKeyboard(site, page, editor, button);
      await expect.poll(() => dialog(page).count()).toBe(1);
      await page.keyboard.press('Tab');
      expect(await focusedElement(page)).toBe('overlay publish-anyway');
      await page.keyboard.press('Enter');
      expect(await dialog(page).count()).toBe(0);
      const after = await published(page);
      expect(after.length, JSON.stringify(after)).toBe(before + 1);

      expect(await foreignMutations(editor), 'changes to the editor that no keystroke made').toEqual([]);
      await expect
        .poll(() => auditLines(ext))
        .toEqual(['published-anyway', 'reviewed', 'published-anyway'].map((decision) => `${site.site} ${decision} no-profanity`));
    });
  }
});

describe('a reason before "Publish anyway", in Italian, and the audit log in the options', () => {
  test('the reason is asked for and logged; the log is shown, exported as CSV without the draft, and cleared', async ({ ext }) => {
    await ext.worker.evaluate(
      (settings) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ settings }),
      { interfaceLanguage: 'it', prePublishReason: true },
    );
    const mastodon = cases.find((site) => site.fixture === 'mastodon.html')!;
    const { page, editor, button } = await openCase(ext, mastodon);
    await typeAtEnd(editor, offending);
    await waitForOverlay(editor, (worst) => worst === 'error');

    await button.click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).locator('h2').textContent()).toBe('Controlla prima di pubblicare');
    expect(await focusedElement(page)).toBe('overlay publish-reason');
    await dialog(page).locator('[data-pc="publish-anyway"]').click();
    expect(await dialog(page).locator('[data-pc="publish-reason-missing"]').isVisible()).toBe(true);
    expect(await published(page)).toEqual([]);
    const reason = 'Approvato dal legale, ticket "LEG-12"';
    await dialog(page).locator('[data-pc="publish-reason"]').fill(reason);
    await dialog(page).locator('[data-pc="publish-anyway"]').click();
    expect(await published(page)).toEqual(['click']);

    // Esc is "Review": the caret goes back to the first finding. (The keyboard: a second click on the
    // same draft would pass unasked, approved by "Publish anyway" in case the site had ignored it.)
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => dialog(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await dialog(page).count()).toBe(0);
    const draft = await editor.inputValue();
    expect(await editor.evaluate((el: HTMLTextAreaElement) => [document.activeElement === el, el.selectionStart])).toEqual([true, draft.indexOf('shit')]);
    expect(await published(page)).toEqual(['click']);

    const options = await ext.openExtensionPage('options.html');
    const rows = options.locator('[data-pc="audit-entry"]');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.evaluateAll((items) => items.map((row) => row.getAttribute('data-decision')))).toEqual(['reviewed', 'published-anyway']);
    expect(await rows.nth(1).textContent()).toContain(reason);

    const downloading = options.waitForEvent('download');
    await options.locator('[data-pc="audit-export"]').click();
    const csv = readFileSync(await (await downloading).path(), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,site,level,decision,rules,reason,cause');
    expect(lines.slice(1).map((line) => line.split(',').slice(1, 5).join(','))).toEqual([
      'mastodon,error,published-anyway,no-profanity',
      'mastodon,error,reviewed,no-profanity',
    ]);
    expect(lines[1]).toContain('"Approvato dal legale, ticket ""LEG-12"""');
    for (const fragment of ['shit', 'city archive', 'orchard']) expect(csv, 'no draft text in the export').not.toContain(fragment);

    await options.locator('[data-pc="audit-clear"]').click();
    await options.locator('[data-pc="audit-clear-confirm"]').click();
    await options.locator('[data-pc="audit-empty"]').waitFor();
    expect(await ext.worker.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('auditLog')).auditLog)).toEqual([]);
  });
});
