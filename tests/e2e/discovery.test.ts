/**
 * Compose boxes come and go as single-page apps render: boxes added late (after a delay, after a
 * click, inside a shadow root), SPA navigation replacing one box with another, and pages with no
 * box at all, which must cost nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './fixtures';
import { expectedReport, fixtureHtml, highlightedTexts, OverlayDriver, replaceOnce, typeAtEnd, type ExtensionSession } from './harness';

declare const chrome: { runtime: { sendMessage(message: object): Promise<{ type: string; tabReport?: unknown }> } };

const xThread =
  'We cut our release cycle from six weeks to five days. Here is what changed 🧵\n\n' +
  '1/ Every change ships behind a flag, so merging is never the scary part. Thanks @lucia_dev for pushing us there. #buildinpublic';
const linkedinPost =
  'Three things we learned moving our support team to a four-day week:\n\n' +
  '1. Measure response time, not hours online.\n' +
  '2. Write decisions down; a short note beats a meeting.\n' +
  '3. Protect the fifth day, or it quietly disappears.\n\n' +
  'Thanks to Giulia Bianchi for the numbers. What would you try first? #FutureOfWork';
const draft = 'Humbled to announce my new course: BUY NOW, this shit works. Call me at +39 347 123 4567.';

/** The X page with its compose dialog kept in a <template>, for the page to render later. */
const xWithLateDialog = () =>
  replaceOnce(
    replaceOnce(fixtureHtml('x.html'), '<div id="layers">', '<div id="layers"></div><template id="later">'),
    '</div>\n</body>',
    '</template>\n</body>',
  );

/** The LinkedIn page with #interop-outlet's shadow root empty and the share box in a <template>, as before "Start a post". */
const linkedinWithClosedShareBox = () =>
  replaceOnce(
    replaceOnce(
      fixtureHtml('linkedin.html'),
      '<div id="interop-outlet" data-testid="interop-shadowdom"><template shadowrootmode="open">',
      '<div id="interop-outlet" data-testid="interop-shadowdom"><template shadowrootmode="open"></template></div><template id="share-box">',
    ),
    '</template></div>\n</body>',
    '</template>\n</body>',
  );

/** Rendering the share box into #interop-outlet's shadow root, as LinkedIn's page script does. */
function renderShareBox(page: Page, options: { empty: boolean; focus: boolean }): Promise<void> {
  return page.evaluate(({ empty, focus }) => {
    const root = document.getElementById('interop-outlet')!.shadowRoot!;
    root.replaceChildren((document.getElementById('share-box') as HTMLTemplateElement).content.cloneNode(true));
    const editor = root.querySelector<HTMLElement>('.ql-editor')!;
    if (empty) editor.innerHTML = '<p><br></p>';
    if (focus) editor.focus();
  }, options);
}

/** Whether every range of the page's Post Coach highlights still points into the document. */
function highlightsAllConnected(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    ['info', 'warning', 'error'].every((severity) => [...(CSS.highlights.get(`post-coach-${severity}`) ?? [])].every((range) => range.startContainer.isConnected)),
  );
}

async function tabReport(ext: ExtensionSession, page: Page): Promise<unknown> {
  const tabId = await ext.tabId(page);
  const extensionPage = await ext.openExtensionPage('popup.html');
  const reply = await extensionPage.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'get-tab-report', tabId }), tabId);
  await extensionPage.close();
  expect(reply.type).toBe('tab-report');
  return reply.tabReport;
}

describe('compose boxes that appear late', () => {
  test('a dialog the page renders after a delay is coached without being focused', async ({ ext }) => {
    const url = 'https://x.com/compose/post';
    ext.serveHtml(url, xWithLateDialog());
    const page = await ext.open(url);
    const editor = page.locator('#layers [data-testid="tweetTextarea_0"]');
    await page.evaluate(() =>
      setTimeout(() => document.getElementById('layers')!.append((document.getElementById('later') as HTMLTemplateElement).content.cloneNode(true)), 500),
    );
    await editor.waitFor();
    // The draft it already holds is analysed as soon as the box is found.
    await new OverlayDriver(editor).waitForReport(expectedReport(xThread, 'x'));

    await typeAtEnd(editor, ` ${draft}`);
    await new OverlayDriver(editor).waitForReport(expectedReport(`${xThread} ${draft}`, 'x'));
  });

  test('a composer rendered into a shadow root after a click is coached', async ({ ext }) => {
    const url = 'https://www.linkedin.com/feed/';
    ext.serveHtml(url, linkedinWithClosedShareBox());
    const page = await ext.open(url);
    await page.evaluate(() =>
      document.querySelector('.share-box-feed-entry__trigger')!.addEventListener('click', () => {
        const root = document.getElementById('interop-outlet')!.shadowRoot!;
        root.replaceChildren((document.getElementById('share-box') as HTMLTemplateElement).content.cloneNode(true));
        const editor = root.querySelector<HTMLElement>('.ql-editor')!;
        editor.innerHTML = '<p><br></p>';
        editor.focus();
      }),
    );
    await page.getByRole('button', { name: 'Start a post' }).click();
    const editor = page.locator('[aria-label="Text editor for creating content"]');
    await editor.waitFor();

    await typeAtEnd(editor, draft);
    const state = await new OverlayDriver(editor).waitForReport(expectedReport(draft, 'linkedin'));
    expect(state.highlights).toMatchObject({ mode: 'highlight-api', count: state.badge.count });
    expect(await editor.evaluate((el) => el.textContent)).toBe(draft);
  });
});

describe('compose boxes in frames and nested shadow roots', () => {
  test('the share box of a legacy page in LinkedIn’s same-origin interop iframe is coached', async ({ ext }) => {
    ext.serve('https://www.linkedin.com/jobs/', 'linkedin-interop-frame.html');
    ext.serve('https://www.linkedin.com/jobs/interop/legacy/', 'linkedin-interop-frame-content.html');
    const page = await ext.open('https://www.linkedin.com/jobs/');
    const editor = page.frameLocator('iframe[data-testid="interop-iframe"]').locator('.ql-editor');
    const before = 'We are hiring a support engineer in Turin.\n\nHybrid, four days a week, salary range in the listing.';
    await new OverlayDriver(editor).waitForReport(expectedReport(before, 'linkedin'));
    await typeAtEnd(editor, ` ${draft}`);
    await new OverlayDriver(editor).waitForReport(expectedReport(`${before} ${draft}`, 'linkedin'));
  });

  test('a markdown textarea rendered two shadow roots deep after navigating is coached with no click', async ({ ext }) => {
    const url = 'https://www.reddit.com/r/productivity/comments/1abc23x/how_do_you_plan_your_week/';
    // The comment composer is there, its markdown editor not yet: Reddit renders it when switching modes.
    const fixture = fixtureHtml('reddit-markdown-nested.html');
    const inner = fixture.slice(fixture.indexOf('<shreddit-markdown-composer'), fixture.indexOf('</shreddit-markdown-composer>') + '</shreddit-markdown-composer>'.length);
    ext.serveHtml(url, replaceOnce(fixture, inner, ''));
    const page = await ext.open(url);
    const textarea = inner.slice(inner.indexOf('<textarea'), inner.indexOf('</textarea>') + '</textarea>'.length);
    await page.evaluate((textarea) => {
      const host = document.createElement('shreddit-markdown-composer');
      document.querySelector('shreddit-composer')!.shadowRoot!.querySelector('.composer-body')!.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      setTimeout(() => (shadow.innerHTML = textarea), 300);
    }, textarea);
    const editor = page.locator('shreddit-markdown-composer textarea');
    await editor.waitFor();
    await new OverlayDriver(editor).waitForReport(expectedReport('I batch errands into one afternoon.\n\nFewer trips, and **Saturday stays free**.', 'reddit'));
  });
});

describe('direct messages on supported sites', () => {
  const dmPages = [
    { name: 'Facebook’s Messenger inbox, in Italian', url: 'https://www.facebook.com/messages/t/100001234567890/', fixture: 'facebook-messages.html' },
    { name: 'Instagram’s direct messages', url: 'https://www.instagram.com/direct/t/340282366841710300949128/', fixture: 'instagram-direct.html' },
  ];
  test.for(dmPages)('$name: no overlay, nothing analysed', async ({ url, fixture }, { ext }) => {
    ext.serve(url, fixture);
    const page = await ext.open(url);
    await typeAtEnd(page.locator('[role="textbox"]').first(), ' BUY NOW, this shit works. Call me at +39 347 123 4567.');
    // Nothing to wait for: give the coach five times its 200 ms pause (lib/dom/coach.ts) to do what it should not.
    await page.waitForTimeout(1000);
    expect(await page.locator('post-coach-overlay').count()).toBe(0);
    expect(await tabReport(ext, page)).toBeNull();
  });
});

describe('SPA navigation', () => {
  test('the old box’s overlay goes with it, the new box is coached', async ({ ext }) => {
    // The home timeline, with no compose dialog open.
    ext.serveHtml('https://x.com/home', xWithLateDialog());
    const page = await ext.open('https://x.com/home');
    const home = page.locator('main [data-testid="tweetTextarea_0"]');
    await typeAtEnd(home, draft);
    await new OverlayDriver(home).waitForReport(expectedReport(draft, 'x'));
    const overlays = await page.locator('post-coach-overlay').count();
    expect((await highlightedTexts(page)).error).toContain('shit');

    // To a post's page: the home composer goes (its wrapper stays), a reply box comes.
    await page.evaluate(() => {
      history.pushState({}, '', '/lucia_dev/status/1890000000000000000');
      document.querySelector('main [data-testid="tweetTextarea_0RichTextInputContainer"]')!.remove();
      const reply = document.createElement('div');
      reply.innerHTML =
        '<div data-testid="tweetTextarea_0_label"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer">' +
        '<div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text" data-testid="tweetTextarea_0" id="reply">' +
        '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div></div>' +
        '</div></div></div></div>';
      document.querySelector('[aria-labelledby="timeline-heading"]')!.prepend(reply);
    });
    expect(page.url()).toBe('https://x.com/lucia_dev/status/1890000000000000000');
    const reply = page.locator('#reply');
    // The old overlay is removed: as many overlays as before, one of them now the reply's.
    await expect.poll(() => new OverlayDriver(reply).state()).not.toBeNull();
    await expect.poll(() => page.locator('post-coach-overlay').count()).toBe(overlays);
    expect(await highlightsAllConnected(page)).toBe(true);
    expect((await highlightedTexts(page)).error).toEqual([]);

    const replyDraft = 'You are an idiot if you still ship on Fridays. BUY MY COURSE NOW.';
    await typeAtEnd(reply, replyDraft);
    await new OverlayDriver(reply).waitForReport(expectedReport(replyDraft, 'x'));
  });

  test('in a shadow root: the old box goes with its overlay, the one rendered after navigating is coached', async ({ ext }) => {
    const url = 'https://www.linkedin.com/feed/';
    ext.serveHtml(url, linkedinWithClosedShareBox());
    const page = await ext.open(url);
    await renderShareBox(page, { empty: true, focus: true });
    const editor = page.locator('[aria-label="Text editor for creating content"]');
    await typeAtEnd(editor, draft);
    await new OverlayDriver(editor).waitForReport(expectedReport(draft, 'linkedin'));

    // To a post's page, which renders after the address changed: a share box with a saved draft.
    await page.evaluate(() => history.pushState({}, '', '/feed/update/urn:li:activity:7311111111111111111/'));
    await renderShareBox(page, { empty: false, focus: false });
    // #interop-outlet's shadow root is watched too: the box is found and its draft coached with no click.
    await new OverlayDriver(editor).waitForReport(expectedReport(linkedinPost, 'linkedin'));
    const more = ' DM me for the deck, it is internal only.';
    await typeAtEnd(editor, more);
    await new OverlayDriver(editor).waitForReport(expectedReport(linkedinPost + more, 'linkedin'));
    expect(await page.locator('#interop-outlet post-coach-overlay').count()).toBe(1);
    expect(await highlightsAllConnected(page)).toBe(true);
  });
});

describe('a page without compose boxes', () => {
  test('gets no overlay, no highlight and sends nothing to analyse, even when typing elsewhere', async ({ ext }) => {
    const url = 'https://www.linkedin.com/jobs/';
    // LinkedIn's jobs page: the global search and the messaging box, no post or comment composer.
    const html = replaceOnce(
      fixtureHtml('linkedin.html'),
      '</body>',
      '<script>document.querySelectorAll("#interop-outlet, .comments-comment-box").forEach((el) => el.remove())</script></body>',
    );
    ext.serveHtml(url, html);
    const page = await ext.open(url);
    await typeAtEnd(page.locator('.msg-form__contenteditable'), ' BUY NOW, this shit works. Call me at +39 347 123 4567.');
    await page.getByRole('combobox', { name: 'Search' }).fill('DAMN BUY NOW');
    // Nothing to wait for: give the coach five times its 200 ms pause (lib/dom/coach.ts) to do what it should not.
    await page.waitForTimeout(1000);

    expect(await page.locator('post-coach-overlay').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[data-pc]').length)).toBe(0);
    expect(await tabReport(ext, page)).toBeNull();
  });
});
