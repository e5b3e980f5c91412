/**
 * The built Firefox extension in Debian's real Firefox ESR, driven by puppeteer-core over WebDriver
 * BiDi (no driver binary), installed as a temporary add-on. Pages come from the synthetic fixtures,
 * served at the sites' real addresses; every other request is refused and counted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { fixtureHtml } from './harness';

export const firefoxExtensionDir = fileURLToPath(new URL('../../.output/firefox-mv2/', import.meta.url));

/** The extension's internal address, fixed through a preference so its pages can be recognised. */
const EXTENSION_UUID = '5b0f8a52-2c57-4e8e-9a63-7f2d5e1c9b40';
export const extensionBase = `moz-extension://${EXTENSION_UUID}/`;

/** Debian's Firefox ESR (CI installs it); FIREFOX_PATH points elsewhere if needed. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Firefox not found: install it (apt-get install firefox-esr) or set FIREFOX_PATH');
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  /** Requests that would have left the machine (Firefox's own favicon requests aside). */
  outbound: string[];
  /** Uncaught exceptions and console errors of the pages. */
  errors: string[];
  /** Serves `fixture` (a file in tests/fixtures/sites) at `url`. */
  serve(url: string, fixture: string): void;
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  if (!existsSync(join(firefoxExtensionDir, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox` first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ 'post-coach@post-coach.dev': EXTENSION_UUID }),
      'intl.accept_languages': 'en-US',
    },
  });
  await browser.installExtension(firefoxExtensionDir);
  // A temporary add-on is a first install, which opens the onboarding in a tab: tests start without it.
  await extensionPage(browser, 'onboarding.html', 30_000).then((page) => page.close()).catch(() => undefined);
  const outbound: string[] = [];
  const errors: string[] = [];
  const pages = new Map<string, string>();
  const watch = async (page: Page) => {
    page.on('pageerror', (error) => errors.push(`uncaught in ${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error in ${page.url()}: ${message.text()}`);
    });
  };
  return {
    browser,
    outbound,
    errors,
    serve(url, fixture) {
      pages.set(url, fixtureHtml(fixture));
    },
    async open(url) {
      const page = await browser.newPage();
      await watch(page);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const target = request.url().split('#')[0]!;
        const body = pages.get(target);
        // Under BiDi `resourceType()` is not supported: the page itself is the navigation request.
        if (body !== undefined && request.isNavigationRequest()) {
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
          return;
        }
        // Extension files and data: URLs (a fixture's inline images) are local; Firefox asks for the favicon on its own.
        if (!/^(moz-extension|data):/.test(target) && !target.endsWith('/favicon.ico')) outbound.push(target);
        void request.abort();
      });
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * The tab showing the extension's page `path` once it is open. Under BiDi, a tab the extension opens
 * keeps reporting about:blank as its URL: its document says where it is.
 */
export async function extensionPage(browser: Browser, path: string, timeout = 20_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === extensionBase + path) return page;
    }
    if (Date.now() > deadline) throw new Error(`${path} did not open`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The element at `selector`, looking inside open shadow roots (`>>>` is puppeteer's deep combinator). */
export async function deep(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForSelector(`>>> ${selector}`);
  if (!handle) throw new Error(`no ${selector}`);
  return handle;
}

/** Clicks into the editor, puts the caret at the end of its text and types there. */
export async function typeAtEnd(page: Page, editor: ElementHandle<Element>, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

export interface FirefoxOverlay {
  count: number;
  worst: string;
  hidden: boolean;
  rules: string[];
  highlights: { count: number; mode: string };
}

/** Run in the page: the overlay beside `editor` (the next sibling of its nearest ancestor that has one, across shadow roots). */
export function readOverlay(editor: Element): FirefoxOverlay | null {
  for (let node: Element | null = editor; node; ) {
    const host = node.nextElementSibling;
    if (host?.localName === 'post-coach-overlay' && host.shadowRoot) {
      const root = host.shadowRoot;
      const badge = root.querySelector<HTMLElement>('[data-pc="badge"]')!;
      const highlights = root.querySelector<HTMLElement>('[data-pc="highlights"]')!;
      return {
        count: Number(badge.dataset.count),
        worst: badge.dataset.worst ?? '',
        hidden: badge.hasAttribute('hidden'),
        rules: [...root.querySelectorAll<HTMLElement>('[data-pc="finding"]')].map((item) => item.dataset.rule ?? '').sort(),
        highlights: { count: Number(highlights.dataset.count), mode: highlights.dataset.mode ?? '' },
      };
    }
    const parent: ParentNode | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
  }
  return null;
}

/** Polls the overlay beside `editor` until `accept` takes it. */
export async function waitForOverlay(editor: ElementHandle<Element>, accept: (overlay: FirefoxOverlay | null) => boolean, timeout = 20_000): Promise<FirefoxOverlay> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const overlay = await editor.evaluate(readOverlay);
    if (overlay && accept(overlay)) return overlay;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the overlay; last seen: ${JSON.stringify(overlay)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
