/**
 * Updating or reloading the extension while a draft is being coached (`chrome.runtime.reload()`, as
 * an update does): the content script left orphaned in the open tab leaves no stale overlay behind
 * and throws no error, and the reloaded page is coached by the new copy, once. (The harness fails any
 * test during which an error was thrown or logged, from any page, content script or worker.)
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './fixtures';
import { editorText, expectedReport, OverlayDriver, typeAtEnd, type ExtensionSession } from './harness';
import { fixtureDraft, linkedinFeed, postComposer, typed } from './linkedin-draft';

/** The post composer and the comment box. */
const composersOnPage = 2;

async function withDraft(ext: ExtensionSession): Promise<{ page: Page; overlay: OverlayDriver }> {
  ext.serve(linkedinFeed, 'linkedin.html');
  const page = await ext.open(linkedinFeed);
  const overlay = new OverlayDriver(page.locator(postComposer));
  await typeAtEnd(overlay.editor, typed);
  await overlay.waitForReport(expectedReport(fixtureDraft + typed, 'linkedin'));
  return { page, overlay };
}

test('after chrome.runtime.reload() the orphaned overlay goes at the first touch, and a reloaded page is coached once', async ({ ext }) => {
  const { page, overlay } = await withDraft(ext);
  await overlay.openPanel();
  await ext.reloadExtension();

  // The stale panel's buttons cannot reach the extension any more: the overlay goes, without an error.
  await overlay.click('[data-pc="turn-off"]');
  await expect.poll(() => page.locator('post-coach-overlay').count()).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(await ext.storedSettings()).toBeUndefined();

  // Typing in the page goes on, with nothing of Post Coach's left.
  const text = await editorText(overlay.editor);
  await typeAtEnd(overlay.editor, ' Thoughts?');
  expect(await editorText(overlay.editor)).toBe(`${text} Thoughts?`);
  expect(await page.locator('post-coach-overlay').count()).toBe(0);

  // The reloaded page gets the new extension's content script: one overlay per composer, coaching.
  await page.reload();
  await typeAtEnd(overlay.editor, typed);
  const state = await overlay.waitForReport(expectedReport(fixtureDraft + typed, 'linkedin'));
  expect(state.hosts).toBe(1);
  expect(await page.locator('post-coach-overlay').count()).toBe(composersOnPage);
});

test('after chrome.runtime.reload() typing in an orphaned overlay’s editor removes it quietly', async ({ ext }) => {
  const { page, overlay } = await withDraft(ext);
  await ext.reloadExtension();
  await typeAtEnd(overlay.editor, ' More.');
  await expect.poll(() => page.locator('post-coach-overlay').count()).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});
