/**
 * A representative part of the end-to-end suite in real Firefox ESR (see firefox-harness.ts): X,
 * LinkedIn's composer in its shadow root and its new share box, Facebook, Mastodon, Reddit's nested
 * markdown composer and the generic reader are coached as
 * the analysis reports, the editor keeps only what was typed, and the options page and the popup
 * work, with nothing leaving the machine.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformId } from '../../lib/analysis/ids';
import { deep, extensionPage, launchFirefox, typeAtEnd, waitForOverlay, type FirefoxSession } from './firefox-harness';
import { expectedReport, recordEditorMutations, takeForeignMutations, worstOf } from './harness';
import { fixtureDraft as linkedinDraft, linkedinFeed, postComposer, typed as linkedinTyped } from './linkedin-draft';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefox();
});
afterAll(async () => {
  await session?.close();
  expect(session.outbound, 'requests that would have left the machine').toEqual([]);
  expect(session.errors, 'errors thrown or logged').toEqual([]);
});

interface FirefoxCase {
  name: string;
  url: string;
  fixture: string;
  platform: PlatformId;
  /** Selector of the editor, found through open shadow roots (`>>>` crosses into one). */
  editor: string;
  before: string;
  typed: string;
  /** A textarea (boxes) or a rich editor (the Highlight API, where Firefox has it). */
  textarea?: boolean;
}

const cases: FirefoxCase[] = [
  {
    name: 'x second post of a thread (Draft.js)',
    url: 'https://x.com/home',
    fixture: 'x.html',
    platform: 'x',
    editor: '[data-testid="tweetTextarea_1"]',
    before: '2/ Releases are boring now. That is the point.',
    typed: ' BUY NOW, this shit works. Text me at +39 347 123 4567.',
  },
  {
    name: 'linkedin post composer (Quill in #interop-outlet shadow root)',
    url: linkedinFeed,
    fixture: 'linkedin.html',
    platform: 'linkedin',
    editor: postComposer,
    before: linkedinDraft,
    typed: linkedinTyped,
  },
  {
    name: 'facebook status in the Create post dialog (Lexical)',
    url: 'https://www.facebook.com/',
    fixture: 'facebook.html',
    platform: 'facebook',
    editor: '[role="dialog"] [aria-label="What\'s on your mind, Ana?"]',
    before:
      'We are hiring two bakers for the new shop in Bologna.\n\n' +
      'Early shifts, fair pay, and all the focaccia you can eat. Giorgia Conti leads the team.\n' +
      'Know someone? Send them our way.',
    typed: ' ORDER NOW!!!! DM me for the price list. Keep it between us: the shop is internal only until Monday.',
  },
  {
    name: 'mastodon compose form (textarea)',
    url: 'https://mastodon.social/home',
    fixture: 'mastodon.html',
    platform: 'mastodon',
    editor: 'textarea.autosuggest-textarea__textarea',
    before:
      'Today I learned that the city archive scans old maps on request, for free.\n\n' +
      'You fill in a form, wait two weeks, and get a 600 dpi TIFF.\n\n' +
      'Mine shows our street in 1889, when it was still an orchard. #history #maps',
    typed: ' BUY MY MAP PRINTS NOW, DM me. Call me at +39 347 123 4567, this shit sells.',
    textarea: true,
  },
  {
    name: 'linkedin new share box (TipTap in a native <dialog>)',
    url: linkedinFeed,
    fixture: 'linkedin-share-box-2026.html',
    platform: 'linkedin',
    editor: 'dialog [aria-label="Text editor for creating content"]',
    before:
      'We tried a written stand-up for six months. Three things stuck:\n\n' +
      '1. Two lines per person, posted before ten.\n2. Blockers go first.\n3. A call only when a thread passes five replies.',
    typed: ' Humbled to announce my new course: BUY NOW, this shit works.',
  },
  {
    name: 'reddit markdown textarea two shadow roots deep',
    url: 'https://www.reddit.com/r/productivity/comments/1abc23x/how_do_you_plan_your_week/',
    fixture: 'reddit-markdown-nested.html',
    platform: 'reddit',
    editor: 'shreddit-markdown-composer >>> textarea',
    before: 'I batch errands into one afternoon.\n\nFewer trips, and **Saturday stays free**.',
    typed: ' My API key is sk_live_4eC39HqLyjWDarjtT1zdp7dc, this shit is broken. DM me.',
    textarea: true,
  },
  {
    name: 'an unknown composer on LinkedIn, read by the generic reader',
    url: linkedinFeed,
    fixture: 'linkedin-unknown-composer.html',
    platform: 'linkedin',
    editor: 'dialog [role="textbox"]',
    before: 'Two years of remote onboarding, in four lessons.\n\nFirst: a buddy beats a wiki.',
    typed: ' Humbled to announce my new course: BUY NOW, this shit works.',
  },
];

const pages: Page[] = [];

describe('Firefox ESR: coaching a draft', () => {
  it.each(cases)('$name', async (site) => {
    session.serve(site.url, site.fixture);
    const page = await session.open(site.url);
    pages.push(page);
    const editor = await deep(page, site.editor);
    const textBefore = await editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));
    await editor.evaluate(recordEditorMutations);

    await typeAtEnd(page, editor, site.typed);
    const expected = expectedReport(site.before + site.typed, site.platform);
    const rules = expected.findings.map(({ ruleId }) => ruleId).sort();
    const overlay = await waitForOverlay(editor, (state) => !!state && !state.hidden && state.count === expected.findings.length && state.rules.join() === rules.join());
    expect(overlay.worst).toBe(worstOf(expected.findings));
    expect(overlay.highlights.count).toBe(expected.findings.length);
    if (site.textarea) expect(overlay.highlights.mode).toBe('boxes');

    const textAfter = await editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));
    expect(textAfter).toBe(textBefore + site.typed);
    expect(await editor.evaluate(takeForeignMutations)).toEqual([]);
  });
});

describe('Firefox ESR: the options page and the popup', () => {
  it('the overlay opens the options; the interface language switches to Italian; the popup checks any text', async () => {
    const page = pages.find((candidate) => candidate.url() === linkedinFeed) ?? (await session.open(linkedinFeed));
    const editor = await deep(page, postComposer);
    // The panel's button to the options page (the background opens it in a new tab).
    await editor.evaluate((el) => {
      for (let node: Element | null = el; node; node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null)) {
        const host = node.nextElementSibling;
        if (host?.localName === 'post-coach-overlay') {
          const buttons = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-pc="panel"] button')];
          buttons.find((button) => button.textContent === 'Options')!.click();
          return;
        }
      }
      throw new Error('no overlay');
    });
    const options = await extensionPage(session.browser, 'options.html');
    await options.waitForSelector('[data-pc="options"]');
    await (await options.waitForSelector('input[name="interface-language"][value="it"]'))!.click();
    await options.waitForFunction(() => document.documentElement.lang === 'it' && document.querySelector('h1')?.textContent === 'Opzioni di Post Coach', { timeout: 10_000 }).catch(async () => {
      throw new Error(`options in Italian, heading: ${await options.evaluate(() => document.querySelector('h1')?.textContent)}`);
    });

    // The popup, opened by the extension's own page (WebDriver may not navigate to extension pages).
    await options.evaluate(() => void (location.href = 'popup.html'));
    const popup = await extensionPage(session.browser, 'popup.html');
    await popup.waitForSelector('[data-pc="popup"]');
    const text = 'Thrilled and humbled to announce our Q3 revenue before the earnings call: up 40%!!!! DM me for the deck at mario.rossi@gmail.com';
    const expected = expectedReport(text, 'x', { uiLanguage: 'it' });
    await popup.type('[data-pc="check-text"]', text);
    await popup.select('[data-pc="check-platform"]', 'x');
    await popup.click('[data-pc="check-button"]');
    await popup.waitForFunction(
      (count) => document.querySelectorAll('[data-pc="check"] [data-pc="finding"]').length === count,
      { timeout: 10_000 },
      expected.findings.length,
    );
    const shown = await popup.$$eval('[data-pc="check"] [data-pc="finding"]', (items) => items.map((item) => (item as HTMLElement).dataset.rule).sort());
    expect(shown).toEqual(expected.findings.map(({ ruleId }) => ruleId).sort());
  });
});
