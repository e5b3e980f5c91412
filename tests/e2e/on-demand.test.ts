/**
 * Any text box, on demand: on a site Post Coach does not know, nothing runs until the user asks;
 * after a click on the toolbar button (which grants `activeTab`) and "Coach this page" in the popup,
 * the box the user writes in is coached by the generic reader, with no host permission.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './fixtures';
import { expectedReport, foreignMutations, OverlayDriver, typeAtEnd, watchEditorMutations, type ExtensionSession } from './harness';

const url = 'https://writing.example.org/new-story';
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New story</title></head><body>
<main><h1>New story</h1>
<form role="search"><input type="search" aria-label="Search"></form>
<div class="editor" contenteditable="true" role="textbox" aria-multiline="true" style="width: 600px; min-height: 200px; padding: 8px; border: 1px solid #ccc"><p>Notes from our first year of four-day weeks.</p></div>
</main></body></html>`;

/** Clicks the extension's toolbar button over `tab`, as the user does: the browser grants `activeTab` for it. */
async function clickToolbarButton(ext: ExtensionSession, tab: Page): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser behind the context');
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] })) as { targetInfos: Array<{ type: string; url: string; targetId: string }> };
  const target = targetInfos.find((info) => info.type === 'tab' && info.url === tab.url());
  if (!target) throw new Error(`no tab target for ${tab.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: target.targetId } as never);
  await session.detach();
}

test('"Coach this page" starts the generic reader on an unknown site, and nothing runs before', async ({ ext }) => {
  ext.serveHtml(url, page);
  const tab = await ext.open(url);
  const editor = tab.locator('.editor');
  const typed = ' Humbled to announce my new course: BUY NOW, this shit works.';
  await typeAtEnd(editor, typed);
  await tab.waitForTimeout(800);
  expect(await tab.locator('post-coach-overlay').count()).toBe(0);

  await clickToolbarButton(ext, tab);
  const popup = await ext.context.newPage();
  await tab.bringToFront();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.locator('[data-pc="coach-page-button"]').click();
  // The background warms the analyser as soon as it starts; a request that arrives meanwhile waits for it.
  await expect
    .poll(() => popup.locator('[data-pc="coach-page-status"]').getAttribute('data-kind'), { timeout: 10_000 })
    .toBe('started');

  await tab.bringToFront();
  await watchEditorMutations(editor);
  const more = ' Call me at +39 347 123 4567.';
  await typeAtEnd(editor, more);
  const draft = 'Notes from our first year of four-day weeks.' + typed + more;
  const state = await new OverlayDriver(editor).waitForReport(expectedReport(draft, 'generic'));
  expect(state.hosts).toBe(1);
  expect(await editor.evaluate((el) => el.textContent)).toBe(draft);
  expect(await foreignMutations(editor)).toEqual([]);

  // The popup now shows the page's draft, read by the generic reader.
  await popup.reload();
  await expect.poll(() => popup.locator('[data-pc="generic-reader"]').count()).toBe(1);
});
