/**
 * The generic reader: when a supported site renders a compose box that its adapter does not know,
 * the box is still coached once the user types into it, and the popup says it was read by the
 * generic reader; search fields and one-line fields stay untouched.
 */
import { expect } from 'vitest';
import { test } from './fixtures';
import { expectedReport, foreignMutations, OverlayDriver, typeAtEnd, watchEditorMutations } from './harness';

const url = 'https://www.linkedin.com/feed/';
const before = 'Two years of remote onboarding, in four lessons.\n\nFirst: a buddy beats a wiki.';
const typed = ' Humbled to announce my new course: BUY NOW, this shit works.';

test('an unknown composer on a supported site is coached with the generic reader, and the popup says so', async ({ ext }) => {
  ext.serve(url, 'linkedin-unknown-composer.html');
  const page = await ext.open(url);
  const editor = page.locator('dialog [role="textbox"]');

  // Before anyone types, nothing is coached: the adapter found no box.
  await page.waitForTimeout(600);
  expect(await page.locator('post-coach-overlay').count()).toBe(0);

  await watchEditorMutations(editor);
  await typeAtEnd(editor, typed);
  const state = await new OverlayDriver(editor).waitForReport(expectedReport(before + typed, 'linkedin'));
  expect(state.hosts).toBe(1);
  expect(state.highlights.mode).toBe('highlight-api');
  expect(await editor.evaluate((el) => el.textContent)).toBe(before.replace('\n\n', '') + typed);
  expect(await foreignMutations(editor)).toEqual([]);

  // Typing in the search textarea and the one-line textbox adds no overlay.
  await page.locator('form[role="search"] textarea').fill('BUY NOW shit');
  await typeAtEnd(page.locator('[aria-multiline="false"]'), 'BUY NOW shit');
  await page.waitForTimeout(600);
  expect(await page.locator('post-coach-overlay').count()).toBe(1);

  const popup = await ext.context.newPage();
  await page.bringToFront();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect.poll(() => popup.locator('[data-pc="generic-reader"]').textContent()).toContain('Coached with the generic reader');
  expect(await popup.locator('[data-pc="tab-draft"] [data-pc="finding"]').count()).toBeGreaterThan(0);
});
