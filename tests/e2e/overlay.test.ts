/**
 * Using the overlay: "Ignore here" and "Turn off this rule" from the panel, the keyboard (Alt+Shift+P,
 * Escape), the tooltip on hover, and the focus, which stays in the editor while the user types.
 * On LinkedIn's post composer (Quill inside #interop-outlet's shadow root); a draft over the message
 * cap on Mastodon's textarea.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { test } from './fixtures';
import { editorText, expectedReport, focusedElement, highlightedTexts, overlapping, OverlayDriver, typeAtEnd, within, type ExtensionSession } from './harness';
import { fixtureDraft, linkedinFeed, postComposer, postComposerLabel, typed } from './linkedin-draft';
import { MAX_DRAFT_LENGTH } from '../../lib/messaging/limits';
import { translator } from '../../lib/i18n/translate';


async function composer(ext: ExtensionSession): Promise<{ page: Page; overlay: OverlayDriver }> {
  ext.serve(linkedinFeed, 'linkedin.html');
  const page = await ext.open(linkedinFeed);
  return { page, overlay: new OverlayDriver(page.locator(postComposer)) };
}

async function withDraft(ext: ExtensionSession): Promise<{ page: Page; overlay: OverlayDriver }> {
  const opened = await composer(ext);
  await typeAtEnd(opened.overlay.editor, typed);
  await opened.overlay.waitForReport(expectedReport(fixtureDraft + typed, 'linkedin'));
  return opened;
}

/** Index among the panel's findings of the first one of `rule`. */
async function findingIndex(overlay: OverlayDriver, rule: string): Promise<number> {
  const index = (await overlay.state())!.findings.findIndex((finding) => finding.rule === rule);
  expect(index, `a ${rule} finding in the panel`).toBeGreaterThanOrEqual(0);
  return index;
}

test('"Ignore here" hides that finding in this draft, also after more typing', async ({ ext }) => {
  const { page, overlay } = await withDraft(ext);
  await overlay.openPanel();
  await overlay.click('[data-pc="ignore"]', await findingIndex(overlay, 'no-profanity'));

  const expected = expectedReport(fixtureDraft + typed, 'linkedin');
  const others = expected.findings.filter((finding) => finding.ruleId !== 'no-profanity');
  const state = await overlay.waitForBadge({ count: others.length, worst: 'error' });
  expect(state.findings.map(({ rule }) => rule)).not.toContain('no-profanity');
  expect(state.highlights.count).toBe(others.length);
  expect((await highlightedTexts(page)).error).not.toContain('shit');

  const more = ' Who the fuck reads this?';
  await typeAtEnd(overlay.editor, more);
  const later = expectedReport(fixtureDraft + typed + more, 'linkedin');
  const profanities = later.findings.filter(({ ruleId }) => ruleId === 'no-profanity');
  expect(profanities.length, '"shit" ignored, "fuck" still flagged').toBe(2);
  await overlay.waitForBadge({ count: later.findings.length - 1, worst: 'error' });
  expect((await highlightedTexts(page)).error).toEqual(expect.arrayContaining(['fuck']));
  expect((await highlightedTexts(page)).error).not.toContain('shit');
});

test('"Turn off this rule" opens the options at that rule: a content script never changes settings itself', async ({ ext }) => {
  const { overlay } = await withDraft(ext);
  await overlay.openPanel();
  const optionsPage = ext.context.waitForEvent('page');
  await overlay.click('[data-pc="turn-off"]', await findingIndex(overlay, 'no-hard-sell'));

  const options = await optionsPage;
  expect(options.url()).toMatch(/\/options\.html#rule-no-hard-sell$/);
  await expect.poll(() => options.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('rule-no-hard-sell');
  expect((await ext.storedSettings())?.rules ?? {}).not.toHaveProperty('no-hard-sell');
});

test('Alt+Shift+P opens the panel from the editor, Escape closes it and gives the focus back', async ({ ext }) => {
  const { page, overlay } = await withDraft(ext);
  const text = await editorText(overlay.editor);
  expect(await focusedElement(page)).toBe(postComposerLabel);

  await page.keyboard.press('Alt+Shift+KeyP');
  await expect.poll(async () => (await overlay.state())!.panel.open).toBe(true);
  expect(await focusedElement(page)).toMatch(/^overlay /);
  expect(await editorText(overlay.editor), 'the shortcut types nothing').toBe(text);

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await overlay.state())!.panel.open).toBe(false);
  expect(await focusedElement(page)).toBe(postComposerLabel);
  // Typing goes on where it stopped.
  await page.keyboard.type(' Thoughts?');
  expect(await editorText(overlay.editor)).toBe(`${text} Thoughts?`);
});

test('the editor keeps the focus and every keystroke while reports arrive, the open panel included', async ({ ext }) => {
  const { page, overlay } = await composer(ext);
  const before = await editorText(overlay.editor);
  const chunks = [' Humbled to announce my new course.', ' BUY NOW, this shit works.', ' Call me at +39 347 123 4567.'];
  let typedSoFar = '';
  for (const [index, chunk] of chunks.entries()) {
    if (index === 0) await typeAtEnd(overlay.editor, chunk);
    else await page.keyboard.type(chunk);
    typedSoFar += chunk;
    await overlay.waitForReport(expectedReport(fixtureDraft + typedSoFar, 'linkedin'));
    expect(await focusedElement(page)).toBe(postComposerLabel);
    if (index === 0) {
      // The panel open beside the editor, the user back in the editor: it follows the typing.
      await overlay.openPanel();
      await typeAtEnd(overlay.editor, '');
    }
  }
  expect((await overlay.state())!.panel.open).toBe(true);
  expect(await editorText(overlay.editor)).toBe(before + typedSoFar);
});

test('hovering a highlighted word shows its finding in a tooltip', async ({ ext }) => {
  const { page, overlay } = await withDraft(ext);
  const word = await overlay.editor.evaluate((editor) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('shit');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    }
    return null;
  });
  expect(word).not.toBeNull();
  await page.mouse.move(word!.x, word!.y);
  await expect.poll(async () => (await overlay.state())!.tip).toEqual({ hidden: false, rule: 'no-profanity' });

  const box = (await overlay.editor.boundingBox())!;
  await page.mouse.move(box.x + box.width - 4, box.y + box.height - 4);
  await expect.poll(async () => (await overlay.state())!.tip.hidden).toBe(true);
});

test('the open panel stays in the window and never covers its badge', async ({ ext }) => {
  const { page, overlay } = await withDraft(ext);
  for (const height of [900, 600, 420]) {
    await page.setViewportSize({ width: 1280, height });
    await overlay.openPanel();
    await expect
      .poll(async () => {
        const { badge, panel } = (await overlay.state())!;
        const viewport = { left: 0, top: 0, right: 1280, bottom: height };
        return { badgeInWindow: within(badge.rect, viewport), panelInWindow: within(panel.rect, viewport), overBadge: overlapping(panel.rect, badge.rect) };
      }, { message: `at 1280×${height}` })
      .toEqual({ badgeInWindow: true, panelInWindow: true, overBadge: false });
    await overlay.click('.close');
  }
});

test('a draft over the message cap gets a message in the badge instead of its last report, in English and in Italian', async ({ ext }) => {
  const home = 'https://mastodon.social/home';
  ext.serve(home, 'mastodon.html');
  const page = await ext.open(home);
  const overlay = new OverlayDriver(page.locator('textarea.autosuggest-textarea__textarea'));
  const draft = 'BUY NOW, only 3 left!';
  await overlay.editor.fill(draft);
  await overlay.waitForReport(expectedReport(draft, 'mastodon'));

  // A paste that takes the draft over the cap: the background would refuse it, so the badge says where to check it instead.
  const pasted = `${draft} ${'Notes from the planning meeting, in full. '.repeat(Math.ceil(MAX_DRAFT_LENGTH / 40))}`;
  expect(pasted.length).toBeGreaterThan(MAX_DRAFT_LENGTH);
  await overlay.editor.fill(pasted);
  const tooLong = await overlay.waitForBadge({ count: 0, worst: 'too-long' });
  expect(tooLong.badge.label).toBe(translator('en')('overlay.tooLong'));
  expect(tooLong.findings, 'no stale findings left in the panel').toEqual([]);
  expect(tooLong.highlights).toMatchObject({ count: 0, boxes: [] });

  const options = await ext.openExtensionPage('options.html');
  await options.locator('[data-pc="interface-language"] input[value="it"]').click();
  await expect.poll(async () => (await overlay.state())?.badge.label).toBe(translator('it')('overlay.tooLong'));
  await options.close();

  // Back under the cap: the report comes back.
  await overlay.editor.fill(draft);
  await overlay.waitForReport(expectedReport(draft, 'mastodon', { uiLanguage: 'it' }));
});
