/**
 * The popup and the options page, opened as pages of the built extension, working with the real
 * background and the content script of an open site tab.
 *
 * A headless browser has no toolbar button, so the popup is opened in a tab of the same window as
 * the site's tab, and the site's tab is brought to the front before the popup loads: the popup's
 * `tabs.query({ active: true, currentWindow: true })` then finds the site's tab, as it does when the
 * toolbar button is clicked over that tab.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { translator } from '../../lib/i18n/translate';
import { test } from './fixtures';
import { categoriesOf, expectedReport, OverlayDriver, typeAtEnd, type ExtensionSession, type OverlayState } from './harness';
import { fixtureDraft, linkedinFeed, postComposer, typed } from './linkedin-draft';

const draft = fixtureDraft + typed;

/** The LinkedIn feed with `typed` added to the post being written, once its report is shown. */
async function linkedinWithDraft(ext: ExtensionSession): Promise<{ page: Page; overlay: OverlayDriver }> {
  ext.serve(linkedinFeed, 'linkedin.html');
  const page = await ext.open(linkedinFeed);
  const overlay = new OverlayDriver(page.locator(postComposer));
  await typeAtEnd(overlay.editor, typed);
  await overlay.waitForReport(expectedReport(draft, 'linkedin'));
  return { page, overlay };
}

/** Opens the popup over `tab` (see the file's comment). */
async function openPopupOver(ext: ExtensionSession, tab: Page): Promise<Page> {
  const popup = await ext.context.newPage();
  await tab.bringToFront();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.locator('[data-pc="popup"]').waitFor();
  return popup;
}

/** The status of each category as a report view in the popup shows it. */
async function categoryStatuses(report: Locator): Promise<Record<string, string | null>> {
  const items = report.locator('[data-pc="categories"] [data-category]');
  await items.first().waitFor();
  return Object.fromEntries(
    await Promise.all((await items.all()).map(async (item) => [await item.getAttribute('data-category'), await item.getAttribute('data-status')] as const)),
  );
}

describe('popup', () => {
  test('"Check any text" with a platform picked gives the findings of the analysis', async ({ ext }) => {
    const text =
      'Thrilled and humbled to announce our Q3 revenue before the earnings call: up 40%!!!! This is internal only, keep it between us. ' +
      'DM me for the deck at mario.rossi@gmail.com #growth #leadership #innovation #success #winning';
    const expected = expectedReport(text, 'x');
    expect(categoriesOf(expected.findings).length, 'the text trips several categories').toBeGreaterThanOrEqual(3);

    const popup = await ext.openExtensionPage('popup.html');
    await popup.locator('[data-pc="check-text"]').fill(text);
    await popup.locator('[data-pc="check-platform"]').selectOption('x');
    await popup.locator('[data-pc="check-button"]').click();
    const report = popup.locator('[data-pc="check"] [data-pc="report"]');
    expect(await categoryStatuses(report)).toEqual(expected.categories);
    const rules = await report.locator('[data-pc="finding"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rule')));
    expect(rules.sort()).toEqual(expected.findings.map(({ ruleId }) => ruleId).sort());
  });

  test('shows the draft of the tab it opens over, and its site switch turns the coaching off and on', async ({ ext }) => {
    const { page, overlay } = await linkedinWithDraft(ext);
    const popup = await openPopupOver(ext, page);
    const tabDraft = popup.locator('[data-pc="tab-draft"]');
    expect(await tabDraft.getAttribute('data-site')).toBe('linkedin');
    expect(await categoryStatuses(tabDraft.locator('[data-pc="report"]'))).toEqual(expectedReport(draft, 'linkedin').categories);

    // Off: the overlays leave the open tab at once; on again: they are back with the report.
    // The switch is drawn over its checkbox, so the user (and the test) clicks its label.
    const siteSwitch = popup.locator('label:has([data-pc="site-switch"])');
    await siteSwitch.click();
    await expect.poll(() => popup.locator('[data-pc="site-switch"]').isChecked()).toBe(false);
    await expect.poll(() => page.locator('post-coach-overlay').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await siteSwitch.click();
    await overlay.waitForReport(expectedReport(draft, 'linkedin'));
  });
});

describe('options', () => {
  test('a rule turned off takes effect on the open tab without reloading it', async ({ ext }) => {
    const { overlay } = await linkedinWithDraft(ext);
    const options = await ext.openExtensionPage('options.html');
    await options.locator('[data-pc="rule"][data-rule="no-profanity"] [data-pc="rule-level"]').selectOption('off');

    const expected = expectedReport(draft, 'linkedin', { rules: { 'no-profanity': { level: 'off' } } });
    expect(expected.findings.length).toBeLessThan(expectedReport(draft, 'linkedin').findings.length);
    const state = await overlay.waitForReport(expected);
    expect(state.findings.map(({ rule }) => rule)).not.toContain('no-profanity');
    expect(await ext.storedSettings()).toMatchObject({ rules: { 'no-profanity': { level: 'off' } } });
  });

  test('the interface in Italian: the open tab’s overlay speaks Italian without reloading', async ({ ext }) => {
    const { overlay } = await linkedinWithDraft(ext);
    const options = await ext.openExtensionPage('options.html');
    // A controlled radio: it shows the choice once saved, so it is clicked (not `check()`ed) and awaited.
    await options.locator('[data-pc="interface-language"] input[value="it"]').click();
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('it');

    // The findings' messages come in Italian from the analysis, the overlay's own words from its catalogue.
    const expected = expectedReport(draft, 'linkedin', { uiLanguage: 'it' });
    const t = translator('it');
    const italian = (state: OverlayState | null) =>
      !!state && expected.findings.every((finding) => state.findings.some(({ text }) => text.includes(finding.message)));
    await expect.poll(async () => italian(await overlay.state())).toBe(true);
    const state = await overlay.openPanel();
    expect(state.badge.label).toMatch(/^Post Coach: .* Apri i suggerimenti/);
    expect(state.findings.map(({ text }) => text)).toEqual(Array(expected.findings.length).fill(expect.stringContaining(t('overlay.ignore'))));
  });
});
