/**
 * Takes the screenshots in docs/ from the built extension in headless Chromium:
 * - docs/overlay-linkedin.png, docs/overlay-x.png: the overlay with its panel open beside a draft
 *   with problems, on LinkedIn's post composer and X's home composer (1280×900 viewport);
 * - docs/popup.png: the popup over a LinkedIn tab (the saved fixture) with a draft being written;
 * - docs/popup-check.png: the popup after "Check any text" on a draft with problems;
 * - docs/options.png: the options page, 1280 px wide.
 *
 * Run `npm run build`, then `npx tsx tests/e2e/screenshots.ts [--dark]` (`--dark` writes *-dark.png
 * beside them, for checking the dark theme). Everything is offline: pages come from tests/fixtures.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expectedReport, fixtureHtml, launchExtension, OverlayDriver, replaceOnce, typeAtEnd, type ExtensionSession } from './harness';

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));
const colorScheme = process.argv.includes('--dark') ? 'dark' : 'light';
const suffix = colorScheme === 'dark' ? '-dark' : '';

const LINKEDIN_FEED = 'https://www.linkedin.com/feed/';
const LINKEDIN_POST =
  'Humbled to announce that our support team course is finally live.\n\n' +
  'It covers the three things we learned moving to a four-day week: measure response time, write decisions down, protect the fifth day.\n\n' +
  'Seats go fast, so BUY NOW with code FOURDAY20. Questions? Call me at +39 347 123 4567.';
const LINKEDIN_DRAFT =
  "Humbled to announce that our team is the #1 leader in cloud security!!! BUY NOW with code LAUNCH20, link in bio. Big news coming soon, stay tuned.";
const X_HOME = 'https://x.com/home';
const X_DRAFT =
  'We cut our release cycle from six weeks to five days, and our incident count went down, not up. ' +
  'Every change ships behind a flag. Seriously, this shit works!!! ' +
  'The whole playbook is in my course: BUY NOW with code SHIP20, link in bio.';
const CHECKED_TEXT =
  'Thrilled and humbled to announce our Q3 revenue before the earnings call: up 40%!!!! This is internal only, keep it between us. DM me for the deck at mario.rossi@gmail.com #growth #leadership #innovation #success #winning';

/** Writes `draft` in place of the text in `editor` (Enter between paragraphs), opens the overlay's panel and takes the viewport. */
async function overlayScreenshot(session: ExtensionSession, url: string, editorSelector: string, draft: string, platform: 'linkedin' | 'x', file: string) {
  const page = await session.open(url);
  await page.emulateMedia({ colorScheme });
  const overlay = new OverlayDriver(page.locator(editorSelector));
  await overlay.editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(draft);
  // The site's script hides the editor's placeholder once there is text (the synthetic page has no script).
  await page.evaluate(() => document.querySelector('.public-DraftEditorPlaceholder-root')?.remove());
  await overlay.waitForReport(expectedReport(draft, platform));
  await overlay.openPanel();
  // The panel takes the focus: put it back in the editor, as while writing, without the caret blinking in the picture.
  await typeAtEnd(overlay.editor, '');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: `${docsDir}${file}${suffix}.png` });
  await page.close();
}

async function main(): Promise<void> {
  mkdirSync(docsDir, { recursive: true });
  const session = await launchExtension();
  try {
    const base = `chrome-extension://${session.extensionId}`;

    // LinkedIn's share box, over a feed whose comment box holds no draft (a draft there, behind the
    // modal, would show its badge over the modal: the overlay does not know what covers its box).
    const linkedinHtml = fixtureHtml('linkedin.html');
    session.serveHtml(LINKEDIN_FEED, replaceOnce(linkedinHtml, /<p>Useful list[^]*?too\?<\/p>/.exec(linkedinHtml)![0], '<p><br></p>'));
    await overlayScreenshot(session, LINKEDIN_FEED, '[aria-label="Text editor for creating content"]', LINKEDIN_POST, 'linkedin', 'overlay-linkedin');
    // X's home timeline, without the compose dialog of the fixture.
    session.serveHtml(X_HOME, replaceOnce(replaceOnce(fixtureHtml('x.html'), '<div id="layers">', '<div id="layers"></div><template>'), '</div>\n</body>', '</template>\n</body>'));
    await overlayScreenshot(session, X_HOME, 'main [data-testid="tweetTextarea_0"]', X_DRAFT, 'x', 'overlay-x');

    session.serve(LINKEDIN_FEED, 'linkedin.html');
    const linkedin = await session.open(LINKEDIN_FEED);
    const editor = linkedin.locator('.ql-editor');
    await editor.click();
    await linkedin.keyboard.press('ControlOrMeta+A');
    await linkedin.keyboard.type(LINKEDIN_DRAFT);
    await new OverlayDriver(editor).waitForReport(expectedReport(LINKEDIN_DRAFT, 'linkedin'));

    // A headless browser has no toolbar button: the popup is opened in a tab of the same window, with
    // the LinkedIn tab in front while it loads, so it finds that tab as the active one (as in popup-options.test.ts).
    const popup = await session.context.newPage();
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 380, height: 600 });
    await linkedin.bringToFront();
    await popup.goto(`${base}/popup.html`);
    await popup.locator('[data-pc="tab-draft"] [data-pc="report"]').waitFor();
    await popup.locator('[data-pc="popup"]').screenshot({ path: `${docsDir}popup${suffix}.png` });

    await popup.locator('[data-pc="check-text"]').fill(CHECKED_TEXT);
    await popup.locator('[data-pc="check-platform"]').selectOption('x');
    await popup.locator('[data-pc="check-button"]').click();
    await popup.locator('[data-pc="check"] [data-pc="report"]').waitFor();
    // From the check section to the popup's end, at the popup's full width (page coordinates).
    const clip = await popup.locator('[data-pc="check"]').evaluate((section) => {
      const top = section.getBoundingClientRect().top + window.scrollY - 12;
      return { x: 0, y: top, width: document.body.scrollWidth, height: document.body.scrollHeight - top };
    });
    await popup.screenshot({ path: `${docsDir}popup-check${suffix}.png`, fullPage: true, clip });

    const options = await session.context.newPage();
    await options.emulateMedia({ colorScheme });
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.goto(`${base}/options.html`);
    await options.locator('[data-pc="rule"]').first().waitFor();
    await options.locator('[data-pc="rule"] details').first().evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await options.screenshot({ path: `${docsDir}options${suffix}.png`, fullPage: true });
  } finally {
    await session.close();
  }
}

await main();
