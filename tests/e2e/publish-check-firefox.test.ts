/**
 * The last check before Publish in real Firefox ESR (see firefox-harness.ts), where content scripts
 * see the page through wrappers: on X (Draft.js, the thread's "Post all"; one site, to keep the run
 * short: the Chromium test covers every site), a clean draft goes out at once; a draft with an error
 * is stopped, by click and by Ctrl+Enter, and goes out once after "Publish anyway".
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deep, launchFirefox, typeAtEnd, waitForOverlay, type FirefoxSession } from './firefox-harness';
import { publishedActions, recordPublishing } from './publish-recorder';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  expect(session.outbound, 'requests that would have left the machine').toEqual([]);
  expect(session.errors, 'errors thrown or logged').toEqual([]);
});

const cases = [
  { name: 'x thread (Draft.js)', url: 'https://x.com/home', fixture: 'x.html', editor: '[data-testid="tweetTextarea_1"]', others: ['[role="dialog"] [data-testid="tweetTextarea_0"]'], button: '[data-testid="tweetButton"]' },
];

/** The dialog's element named `name` (`data-pc`), or null while there is no dialog. */
const inDialog = (page: Page, name: string) => page.$(`>>> [data-pc="publish-check"] [data-pc="${name}"]`);

async function waitForDialog(page: Page, shown: boolean): Promise<void> {
  await page.waitForFunction(
    (shown) => {
      const find = (root: Document | ShadowRoot): boolean =>
        !!root.querySelector('[data-pc="publish-check"]') || [...root.querySelectorAll('*')].some((el) => !!el.shadowRoot && find(el.shadowRoot));
      return find(document) === shown;
    },
    { timeout: 10_000 },
    shown,
  );
}

describe('the check before Publish in Firefox', () => {
  for (const site of cases) {
    it(site.name, async () => {
      session.serve(site.url, site.fixture);
      const page = await session.open(site.url);
      const editor = await deep(page, site.editor);
      const button = (await deep(page, site.button)) as ElementHandle<HTMLElement>;
      await editor.evaluate(recordPublishing, button);
      for (const box of [editor, ...(await Promise.all(site.others.map((selector) => deep(page, selector))))]) {
        await waitForOverlay(box, (overlay) => !!overlay && !overlay.hidden && overlay.worst !== 'error');
      }
      const published = () => page.evaluate(publishedActions);

      await button.click();
      expect(await published()).toEqual(['click']);

      await typeAtEnd(page, editor, ' This shit works.');
      await waitForOverlay(editor, (overlay) => overlay?.worst === 'error');
      await button.click();
      await waitForDialog(page, true);
      expect(await published()).toEqual(['click']);
      await (await inDialog(page, 'publish-anyway'))!.click();
      await waitForDialog(page, false);
      expect(await published()).toEqual(['click', 'click']);

      await editor.focus();
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
      await waitForDialog(page, true);
      expect(await published()).toEqual(['click', 'click']);
      await (await inDialog(page, 'publish-anyway'))!.click();
      await waitForDialog(page, false);
      expect(await published()).toEqual(['click', 'click', 'mod-enter']);
      await page.close();
    });
  }
});
