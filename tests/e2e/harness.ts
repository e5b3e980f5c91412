import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { chromium, type BrowserContext, type ConsoleMessage, type Locator, type Page, type Worker } from 'playwright-core';
import { analyze } from '../../lib/analysis';
import type { CategoryId, Language, PlatformId } from '../../lib/analysis/ids';
import type { Finding, Report, RuleLevel } from '../../lib/analysis/schema';

// Let context.route and request events see the extension service worker's traffic too.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const extensionDir = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const fixturesDir = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

/** The extension API inside the browser, as far as the tests call it (Node does not load its types). */
declare const chrome: {
  runtime: { reload(): void };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } };
  tabs: { query(filter: object): Promise<Array<{ id?: number }>> };
};

/** Debian's Chromium (CI installs it); CHROMIUM_PATH points elsewhere if needed. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker now (a new one after `chrome.runtime.reload()`). */
  readonly worker: Worker;
  /** Every request that would have left the machine, from any page or extension context. */
  outbound: string[];
  /** Uncaught exceptions and console errors, from any page, content script or the service worker. */
  errors: string[];
  /** Serves `fixture` (a file in tests/fixtures/sites) at `url`, a real site address. */
  serve(url: string, fixture: string): void;
  /** Serves this HTML at `url` (a fixture changed for one test). */
  serveHtml(url: string, html: string): void;
  /** The id of the tab showing `page`, which this brings to the front. */
  tabId(page: Page): Promise<number>;
  /** `chrome.runtime.reload()`, as an update does; resolves once the new service worker runs. */
  reloadExtension(): Promise<void>;
  open(url: string): Promise<Page>;
  /** Opens an extension page such as `popup.html` in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The settings as stored in `chrome.storage.local` (undefined: never saved, the defaults apply). */
  storedSettings(): Promise<Record<string, unknown> | undefined>;
  /** Back to the defaults, as on a fresh install. */
  clearStorage(): Promise<void>;
  /** The onboarding tab the install opened, when the session was launched with `keepOnboarding`. */
  onboarding: Page | undefined;
  close(): Promise<void>;
}

/** The HTML of a synthetic page in tests/fixtures/sites. */
export function fixtureHtml(fixture: string): string {
  return readFileSync(join(fixturesDir, fixture), 'utf8');
}

/** `html` with `from` replaced by `to`, which must be there exactly once (so a changed fixture fails loudly). */
export function replaceOnce(html: string, from: string, to: string): string {
  const parts = html.split(from);
  if (parts.length !== 2) throw new Error(`expected one ${JSON.stringify(from)} in the fixture, found ${parts.length - 1}`);
  return parts.join(to);
}

/** Starts headless Chromium with the built extension, offline: pages come from fixtures, nothing else goes out. */
export async function launchExtension({ keepOnboarding = false }: { keepOnboarding?: boolean } = {}): Promise<ExtensionSession> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('No built extension: run `npm run build` first');
  const userDataDir = mkdtempSync(join(tmpdir(), 'post-coach-e2e-'));
  // Developer mode, as for anyone who loads an unpacked build: without it Chromium disables the
  // extension when it reloads itself (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION).
  mkdirSync(join(userDataDir, 'Default'));
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    colorScheme: 'light',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets a test click the toolbar button (CDP Extensions.triggerAction), which grants `activeTab`.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const outbound: string[] = [];
  const errors: string[] = [];
  const pages = new Map<string, string>();
  await context.route('**/*', (route) => {
    const url = route.request().url().split('#')[0]!;
    // The extension's own pages and files are local, not traffic.
    if (url.startsWith('chrome-extension://')) return route.continue();
    const body = pages.get(url);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    outbound.push(url);
    return route.abort('internetdisconnected');
  });

  const onConsole = (where: string) => (message: ConsoleMessage) => {
    // A blocked request is logged as a failed load; `outbound` already reports it.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console.error in ${message.location().url || where}: ${message.text()}`);
    }
  };
  context.on('weberror', (error) => errors.push(`uncaught in ${error.page()?.url() ?? '?'}: ${error.error().stack ?? error.error().message}`));
  context.on('console', onConsole('a page'));
  const watchWorker = (worker: Worker) => worker.on('console', onConsole(worker.url()));
  context.on('serviceworker', watchWorker);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}/`;
  const currentWorker = () => context.serviceWorkers().findLast((candidate) => candidate.url().startsWith(base)) ?? worker;
  watchWorker(worker);

  // A fresh profile is a first install, which opens the onboarding in a tab of its own; tests that are
  // not about it start without it, so it takes neither the focus nor the "active tab". It opens once
  // the background's script has run, which takes seconds on a loaded machine; should it come later
  // still, it is closed when it does.
  const onboardingUrl = `${base}onboarding.html`;
  const onboarding = await waitFor(
    'the onboarding tab of the first install',
    async () => context.pages().find((page) => page.url() === onboardingUrl),
    (page) => page !== undefined,
    (page) => page?.url() ?? context.pages().map((candidate) => candidate.url()),
    30_000,
  ).catch((error: unknown) => {
    if (keepOnboarding) throw error;
    context.on('page', (page) => void (page.url() === onboardingUrl && page.close()));
    return undefined;
  });
  if (!keepOnboarding) await onboarding?.close();

  return {
    onboarding: keepOnboarding ? onboarding : undefined,
    context,
    extensionId,
    get worker() {
      return currentWorker();
    },
    outbound,
    errors,
    serve(url, fixture) {
      pages.set(url, fixtureHtml(fixture));
    },
    serveHtml(url, html) {
      pages.set(url, html);
    },
    async tabId(page) {
      // Without the "tabs" permission the extension cannot read the tabs' addresses: the page's tab is the active one.
      await page.bringToFront();
      const ids = await currentWorker().evaluate(async () => (await chrome.tabs.query({ active: true })).map((tab) => tab.id!));
      if (ids.length !== 1) throw new Error(`${ids.length} active tabs`);
      return ids[0]!;
    },
    async reloadExtension() {
      const old = currentWorker();
      const restarted = context.waitForEvent('serviceworker', { predicate: (candidate) => candidate !== old && candidate.url().startsWith(base) });
      await old.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker may be gone before it answers
      await restarted;
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(base + path);
      return page;
    },
    storedSettings: () => currentWorker().evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined),
    clearStorage: () => currentWorker().evaluate(() => chrome.storage.local.clear()),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What analysing `text` in a compose box of `platform` must give (default settings, English interface, unless told). */
export function expectedReport(
  text: string,
  platform: PlatformId,
  { rules = {}, uiLanguage = 'en' }: { rules?: Record<string, { level: RuleLevel }>; uiLanguage?: Language } = {},
): Report {
  return analyze(text, { platform, uiLanguage, settings: { rules } });
}

const rank = { ok: 0, info: 1, warning: 2, error: 3 } as const;
export function worstOf(findings: readonly Finding[]): keyof typeof rank {
  return findings.reduce<keyof typeof rank>((worst, { severity }) => (rank[severity] > rank[worst] ? severity : worst), 'ok');
}
export const categoriesOf = (findings: readonly { category: string }[]): CategoryId[] =>
  [...new Set(findings.map(({ category }) => category as CategoryId))].sort();

/** Clicks into the editor, puts the caret at the end of its text and types there, key by key. */
export async function typeAtEnd(editor: Locator, text: string): Promise<void> {
  await editor.click();
  await editor.press('ControlOrMeta+End');
  await editor.page().keyboard.type(text);
}

/** The text of an editor as the DOM holds it: a textarea's value, else the text of its nodes. */
export function editorText(editor: Locator): Promise<string> {
  return editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? '')));
}

/** Remembers the elements inside an editor, to tell later which ones appeared (see `editorIntegrity`). */
export async function rememberEditorElements(editor: Locator): Promise<void> {
  await editor.evaluate((el) => {
    const memory = window as unknown as { postCoachE2eElements?: WeakMap<Element, Set<Element>> };
    (memory.postCoachE2eElements ??= new WeakMap()).set(el, new Set(el.querySelectorAll('*')));
  });
}

/**
 * What is inside the editor that was not there when `rememberEditorElements` ran, and anything of the
 * extension's (its attributes, its elements, highlight marks) inside it.
 */
export function editorIntegrity(editor: Locator): Promise<{ added: string[]; extensionNodes: string[] }> {
  return editor.evaluate((el) => {
    const memory = window as unknown as { postCoachE2eElements?: WeakMap<Element, Set<Element>> };
    const before = memory.postCoachE2eElements?.get(el) ?? new Set<Element>();
    const all = [...el.querySelectorAll('*')];
    return {
      added: all.filter((node) => !before.has(node)).map((node) => node.outerHTML.slice(0, 120)),
      extensionNodes: all
        .filter((node) => node.matches('[data-pc], post-coach-overlay, mark') || [...node.attributes].some((a) => a.name.startsWith('data-pc')))
        .map((node) => node.outerHTML.slice(0, 120)),
    };
  });
}

/**
 * Run in the page, on an editor, before typing: records every mutation inside it (childList,
 * attributes, characterData, subtree) that no keystroke caused (see `foreignMutations`). The page's
 * own code, not the extension's, so the extension cannot hide from it. Used by the Chromium and the
 * Firefox tests alike.
 */
export function recordEditorMutations(el: Element): void {
  type Recorder = { foreign: string[]; typing: boolean; observer: MutationObserver; describe(record: MutationRecord): string };
  const memory = window as unknown as { postCoachE2eMutations?: WeakMap<Element, Recorder> };
  const recorders = (memory.postCoachE2eMutations ??= new WeakMap());
  recorders.get(el)?.observer.disconnect();
  const recorder: Recorder = { foreign: [], typing: false, observer: undefined as unknown as MutationObserver, describe: () => '' };
  // The browser applies a keystroke to the editor in the task that dispatches `beforeinput` and
  // `input`; the records of that task are delivered before the next one starts. Anything recorded
  // outside such a task was done by someone else: the extension, here.
  const startTyping = () => {
    recorder.typing = true;
    setTimeout(() => (recorder.typing = false), 0);
  };
  for (const type of ['beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend']) el.addEventListener(type, startTyping, true);
  recorder.describe = (record: MutationRecord) => {
    const target = record.target.nodeType === 1 ? (record.target as Element).localName : `#${record.target.nodeName}`;
    if (record.type === 'attributes') return `${target}[${record.attributeName}] ${JSON.stringify(record.oldValue)} -> ${JSON.stringify((record.target as Element).getAttribute(record.attributeName!))}`;
    if (record.type === 'characterData') return `${target} text ${JSON.stringify(record.oldValue)} -> ${JSON.stringify(record.target.textContent)}`;
    const names = (nodes: NodeList) => [...nodes].map((node) => (node.nodeType === 1 ? (node as Element).outerHTML.slice(0, 80) : `#${node.nodeName}`)).join(', ');
    return `${target} children +[${names(record.addedNodes)}] -[${names(record.removedNodes)}]`;
  };
  recorder.observer = new MutationObserver((records) => {
    if (!recorder.typing) recorder.foreign.push(...records.map(recorder.describe));
  });
  recorder.observer.observe(el, { childList: true, attributes: true, characterData: true, subtree: true, attributeOldValue: true, characterDataOldValue: true });
  recorders.set(el, recorder);
}

/** Run in the page: the mutations `recordEditorMutations` saw inside `el` that no keystroke caused. */
export function takeForeignMutations(el: Element): string[] {
  const memory = window as unknown as {
    postCoachE2eMutations?: WeakMap<Element, { foreign: string[]; observer: MutationObserver; describe(record: MutationRecord): string }>;
  };
  const recorder = memory.postCoachE2eMutations?.get(el);
  if (!recorder) throw new Error('the editor\'s mutations were not recorded');
  // Records not delivered yet come after the last keystroke's task: nobody typed them.
  recorder.foreign.push(...recorder.observer.takeRecords().map(recorder.describe));
  return recorder.foreign;
}

/** Starts recording the editor's mutations, before typing (see `recordEditorMutations`). */
export async function watchEditorMutations(editor: Locator): Promise<void> {
  await editor.evaluate(recordEditorMutations);
}

/** The mutations inside the editor since `watchEditorMutations` that no keystroke caused (described one per line). */
export function foreignMutations(editor: Locator): Promise<string[]> {
  return editor.evaluate(takeForeignMutations);
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two rectangles share some area. */
export const overlapping = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether `inner` lies within `outer` (to the pixel: boxes are computed from fractional positions). */
export const within = (inner: Rect, outer: Rect) =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;

export interface OverlayState {
  badge: { hidden: boolean; count: number; worst: string; label: string; rect: Rect };
  panel: { open: boolean; title: string; rect: Rect };
  findings: Array<{ rule: string; category: string; severity: string; text: string }>;
  highlights: { count: number; mode: string; boxes: Array<{ rule: string; severity: string; rect: Rect }> };
  tip: { hidden: boolean; rule: string | null };
  /** Overlays beside this box (more than one would be a duplicate). */
  hosts: number;
}

/**
 * Run in the page: the `post-coach-overlay` hosts beside a compose box, i.e. right after the nearest
 * of its ancestors (across shadow roots) that has any. More than one would be a duplicate.
 */
export function overlayHostsBeside(editor: Element): Element[] {
  for (let node: Element | null = editor; node; ) {
    const hosts: Element[] = [];
    for (let next = node.nextElementSibling; next?.localName === 'post-coach-overlay'; next = next.nextElementSibling) hosts.push(next);
    if (hosts.length) return hosts;
    const parent: ParentNode | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
  }
  return [];
}

/**
 * Reads and drives the overlay of one compose box: the `post-coach-overlay` host the extension put
 * beside it (the next sibling of one of the box's ancestors, across shadow roots), through its open
 * shadow root. Everything is looked up anew on each call, as the extension may replace the overlay.
 */
export class OverlayDriver {
  constructor(readonly editor: Locator) {}

  /** The overlay's state, or null while the box has none. */
  async state(): Promise<OverlayState | null> {
    const hosts = await this.editor.evaluateHandle(overlayHostsBeside);
    // No named inner functions in code run in the page: tsx's transpiler would wrap them in a helper the page lacks.
    const state = await hosts.evaluate((hosts) => {
      const root = hosts[0]?.shadowRoot;
      if (!root) return null;
      const badge = root.querySelector<HTMLElement>('[data-pc="badge"]')!;
      const panel = root.querySelector<HTMLElement>('[data-pc="panel"]')!;
      const highlights = root.querySelector<HTMLElement>('[data-pc="highlights"]')!;
      const tip = root.querySelector<HTMLElement>('[data-pc="tip"]')!;
      return {
        badge: {
          hidden: badge.hasAttribute('hidden'),
          count: Number(badge.dataset.count),
          worst: badge.dataset.worst ?? '',
          label: badge.getAttribute('aria-label') ?? '',
          rect: badge.getBoundingClientRect().toJSON() as Rect,
        },
        panel: { open: !panel.hasAttribute('hidden'), title: panel.querySelector('h2')?.textContent ?? '', rect: panel.getBoundingClientRect().toJSON() as Rect },
        findings: [...panel.querySelectorAll<HTMLElement>('[data-pc="finding"]')].map((item) => ({
          rule: item.dataset.rule ?? '',
          category: item.dataset.category ?? '',
          severity: item.dataset.severity ?? '',
          text: item.textContent ?? '',
        })),
        highlights: {
          count: Number(highlights.dataset.count),
          mode: highlights.dataset.mode ?? '',
          // The rectangle each box marks (its underline is drawn just below it).
          boxes: [...highlights.querySelectorAll<HTMLElement>('.box')].map((box) => {
            const [left, top, width, height] = [box.style.left, box.style.top, box.style.width, box.style.height].map(parseFloat) as [number, number, number, number];
            return { rule: box.dataset.rule ?? '', severity: box.dataset.severity ?? '', rect: { left, top, right: left + width, bottom: top + height } };
          }),
        },
        tip: { hidden: tip.hasAttribute('hidden'), rule: tip.dataset.rule ?? null },
        hosts: hosts.length,
      };
    });
    await hosts.dispose();
    return state;
  }

  /** Waits until the badge shows a report with this many findings and this worst severity. */
  async waitForBadge(expected: { count: number; worst: string }, timeout = 20_000): Promise<OverlayState> {
    const wanted = { hidden: false, ...expected };
    return (await waitFor(`the badge ${JSON.stringify(wanted)}`, () => this.state(), (state) => !!state && isDeepStrictEqual(badgeOf(state), wanted), badgeOf, timeout))!;
  }

  /** Waits until the overlay shows `report` (what analysing the draft gives): the badge and the panel's findings. */
  async waitForReport(report: Report, timeout?: number): Promise<OverlayState> {
    await this.waitForBadge({ count: report.findings.length, worst: worstOf(report.findings) }, timeout);
    const rules = report.findings.map(({ ruleId }) => ruleId).sort();
    const rulesOf = (state: OverlayState | null) => state?.findings.map(({ rule }) => rule).sort();
    return (await waitFor(`the findings ${rules.join(', ')}`, () => this.state(), (state) => isDeepStrictEqual(rulesOf(state), rules), rulesOf))!;
  }

  /** Clicks an element of the overlay (real mouse click, after Playwright's actionability checks). */
  async click(selector: string, index = 0): Promise<void> {
    const hosts = await this.editor.evaluateHandle(overlayHostsBeside);
    const handle = await hosts.evaluateHandle((hosts, { selector, index }) => hosts[0]?.shadowRoot?.querySelectorAll(selector)[index] ?? null, { selector, index });
    const element = handle.asElement();
    if (!element) throw new Error(`no ${selector} #${index} in the overlay`);
    await element.click();
    await Promise.all([hosts.dispose(), handle.dispose()]);
  }

  /** Opens the panel with the badge, and waits until it is shown. */
  async openPanel(): Promise<OverlayState> {
    await this.click('[data-pc="badge"]');
    return (await waitFor('the panel open', () => this.state(), (state) => !!state?.panel.open))!;
  }
}

/** Ranges registered for each `post-coach-<severity>` highlight in the editor's document, as their text. */
export function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const texts: Record<string, string[]> = {};
    for (const severity of ['info', 'warning', 'error']) {
      const highlight = CSS.highlights.get(`post-coach-${severity}`);
      texts[severity] = highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
    }
    return texts;
  });
}

/** The element that has the focus, looking inside shadow roots, described by its aria-label or tag. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'none';
    const host = (active.getRootNode() as ShadowRoot).host;
    const where = host?.localName === 'post-coach-overlay' ? 'overlay ' : '';
    return where + (active.getAttribute('aria-label') ?? active.getAttribute('data-pc') ?? active.localName);
  });
}

const badgeOf = (state: OverlayState | null) => state && { hidden: state.badge.hidden, count: state.badge.count, worst: state.badge.worst };

/**
 * Polls `probe` until `accept` takes its value, and returns that value; on timeout, fails with what
 * was awaited and the last value seen (shown through `describe`). Usable outside the test runner too.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  describe: (value: T) => unknown = (value) => value,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify(describe(value))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
