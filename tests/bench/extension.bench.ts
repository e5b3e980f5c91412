/**
 * `npm run bench:extension`: the extension's budgets, measured on the built extension in headless
 * Chromium against the synthetic pages in tests/fixtures/sites, offline:
 *
 * - keystroke → overlay updated while the background is warm: ≤ debounce + 50 ms at p95, on three
 *   kinds of editor (X's Draft.js, Mastodon's textarea, LinkedIn's Quill inside a shadow root);
 * - the same for the first analysis after the background went idle (its service worker stopped): ≤ 300 ms
 *   at p95, with the background's own steps (script evaluated, analyser warm, first report);
 * - the page's main-thread time per keystroke: ≤ 2 ms;
 * - the content script's main-thread time on a busy page with no compose box, where nothing heavy may run;
 * - long drafts: no long task (> 50 ms) that the extension causes on the page, at the first analysis of
 *   a 33,000-character LinkedIn article and while typing in 60,000-character drafts;
 * - each site's content script, raw and gzipped: ≤ 100 kB gzipped (tests/e2e/bundle.test.ts enforces it).
 *
 * It builds nothing: it loads `.output/chrome-mv3`, so run `npm run build` first. Timings depend on
 * the machine and on what else runs on it: the first line printed says both.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { BACKGROUND_IDLE_MS, DEBOUNCE_MS } from '../../lib/dom/coach';
import { OVERLAY_UPDATED_EVENT } from '../../lib/dom/overlay/overlay';
import { START_MARKS } from '../../lib/messaging/start-marks';
import { extensionDir, fixtureHtml, launchExtension, replaceOnce, type ExtensionSession } from '../e2e/harness';
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScripts } from './content-scripts';
import { distinctText } from './distinct-text';
import { LONG_TASK_MS, traceLongTasks } from './long-tasks';

const WARM_BUDGET_MS = DEBOUNCE_MS + 50;
const COLD_BUDGET_MS = 300;
const MAIN_THREAD_BUDGET_MS = 2;

const WARM_SAMPLES = 40;
/** Words typed before measuring: the first analyses of a page also fetch the rules' catalogue, once. */
const WARM_UP_WORDS = 3;
const COLD_SAMPLES = 5;
/** The main-thread measure types this many words into each page, by turns of a block each. */
const MAIN_THREAD_BLOCKS = 4;
const MAIN_THREAD_BLOCK_WORDS = 6;
/** Words not counted after switching pages, while the page brought to the front repaints. */
const SETTLING_WORDS = 1;
/** Typing pace for the main-thread measure: 80 ms a key, then a pause longer than the debounce. */
const KEY_INTERVAL_MS = 80;
const PAUSE_AFTER_WORD_MS = 450;
const BUSY_PAGE_RUNS = 5;
const BUSY_PAGE_CHURN_MS = 2000;
/** Page loads traced for the first analysis of a long draft, and words typed (each traced) into one. */
const LONG_DRAFT_LOADS = 3;
const LONG_DRAFT_WORDS = 8;

interface BenchSite {
  name: string;
  url: string;
  fixture: string;
  /** The compose box typed into. */
  editor: string;
}

const sites: BenchSite[] = [
  // The compose dialog covers the timeline, so its thread's second post is the box a user types in.
  { name: 'X (Draft.js)', url: 'https://x.com/home', fixture: 'x.html', editor: '#layers [data-testid="tweetTextarea_1"]' },
  { name: 'Mastodon (textarea)', url: 'https://mastodon.social/home', fixture: 'mastodon.html', editor: 'textarea.autosuggest-textarea__textarea' },
  { name: 'LinkedIn (Quill in a shadow root)', url: 'https://www.linkedin.com/feed/', fixture: 'linkedin.html', editor: '#interop-outlet .ql-editor' },
];

/**
 * Resolves once the page has run the next frame's callbacks (the overlay places its marks in one)
 * and the tasks queued after them: a trace stopped earlier would miss a task still running.
 */
const afterNextFrame = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** Typed one per sample: each starts with a space so the draft keeps its words apart. */
const words = [' plan', ' ship', ' test', ' note', ' idea', ' step', ' data', ' team'];

interface Distribution {
  median: number;
  p95: number;
}

function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

/** What the bench keeps in the page's main world, in the page's clock (`performance.now()`). */
interface PageClock {
  postCoachBench: { lastKeydown: number; updates: number[] };
}

/** Opens a site's fixture (or `html`, a page made for one measure), ready to time keystroke → overlay on its compose box. */
async function openTimed(session: ExtensionSession, site: BenchSite, html = fixtureHtml(site.fixture)): Promise<Page> {
  session.serveHtml(site.url, html);
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const bench: PageClock['postCoachBench'] = { lastKeydown: 0, updates: [] };
    (window as unknown as PageClock).postCoachBench = bench;
    // A capturing listener on window sees every key first, also those typed inside shadow roots.
    // `timeStamp` is when the browser created the event, so the time to deliver it counts too.
    window.addEventListener('keydown', (event) => (bench.lastKeydown = event.timeStamp), true);
  });
  await page.goto(site.url);
  const editor = page.locator(site.editor);
  await editor.click();
  await editor.press('ControlOrMeta+End');
  // The overlay's host is the next sibling of one of the box's ancestors, across shadow roots.
  await page.waitForFunction(
    ({ editor, eventName }) => {
      const bench = (window as unknown as PageClock).postCoachBench;
      for (let node: Element | null = editor; node; ) {
        const host = node.nextElementSibling;
        if (host?.localName === 'post-coach-overlay') {
          host.addEventListener(eventName, () => bench.updates.push(performance.now()));
          return true;
        }
        const parent: ParentNode | null = node.parentNode;
        node = parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
      }
      return false;
    },
    { editor: await editor.elementHandle(), eventName: OVERLAY_UPDATED_EVENT },
    { timeout: 30_000 },
  );
  return page;
}

/** Types `text` into the focused box; returns the time from its last keydown to the overlay's update. */
async function keystrokeToOverlay(page: Page, text: string): Promise<number> {
  await page.evaluate(() => ((window as unknown as PageClock).postCoachBench.updates.length = 0));
  await page.keyboard.type(text);
  const latency = await page.waitForFunction(
    (debounceMs) => {
      const { lastKeydown, updates } = (window as unknown as PageClock).postCoachBench;
      // No report on the whole text can come sooner than the debounce after its last key: an earlier
      // update is the report of a draft that the typing outran.
      const update = updates.find((time) => time - lastKeydown >= debounceMs);
      return update === undefined ? false : update - lastKeydown;
    },
    DEBOUNCE_MS,
    { timeout: 30_000 },
  );
  return (await latency.jsonValue()) as number;
}

async function warmLatency(session: ExtensionSession, site: BenchSite): Promise<number[]> {
  const page = await openTimed(session, site);
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP_WORDS + WARM_SAMPLES; i++) {
    const latency = await keystrokeToOverlay(page, words[i % words.length]!);
    if (i >= WARM_UP_WORDS) samples.push(latency);
  }
  await page.close();
  return samples;
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s without events. Waiting is not
 * enough here: Chrome never stops a worker for idleness while DevTools is attached to it, and
 * Playwright attaches to every worker. In Chromium 150 the ServiceWorker domain of a page's CDP
 * session also sees the extension's worker (the only worker in this profile), and `stopAllWorkers`
 * stops it for real: the next message starts a new one, which evaluates background.js again.
 * (`Target.closeTarget` on the worker's target stops it too, but needs the target looked up first.)
 */
async function stopBackground(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    const onUpdate = ({ versions }: { versions: Array<{ runningStatus: string }> }) => {
      if (!versions.every(({ runningStatus }) => runningStatus === 'stopped')) return;
      cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
      resolve();
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

interface ColdStart {
  /** Keystroke → overlay, ms. */
  latency: number[];
  /** In the background's own timeline (from its service worker's start): each step's mark, ms. */
  steps: Record<keyof typeof START_MARKS, number[]>;
}

/**
 * The first keystroke → overlay after the background went idle: the worker is stopped and the page
 * stays quiet for as long as the content script takes it to be idle (`BACKGROUND_IDLE_MS`), as when
 * someone stops writing for half a minute and goes on. The new worker's performance marks
 * (lib/messaging/start-marks.ts) split its start into steps.
 */
async function coldLatency(session: ExtensionSession): Promise<ColdStart> {
  const result: ColdStart = { latency: [], steps: { evaluated: [], warm: [], firstReport: [] } };
  for (let i = 0; i < COLD_SAMPLES; i++) {
    const page = await openTimed(session, sites[i % sites.length]!);
    await keystrokeToOverlay(page, words[0]!);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await stopBackground(cdp);
    await page.waitForTimeout(BACKGROUND_IDLE_MS);
    result.latency.push(await keystrokeToOverlay(page, words[1]!));
    const marks = new Map(await session.worker.evaluate(() => performance.getEntriesByType('mark').map(({ name, startTime }) => [name, startTime] as const)));
    for (const step of Object.keys(START_MARKS) as Array<keyof typeof START_MARKS>) {
      const at = marks.get(START_MARKS[step]);
      if (at !== undefined) result.steps[step].push(at);
    }
    await page.close();
  }
  return result;
}

/**
 * The page's main-thread time per keystroke that the extension adds.
 *
 * Method: CDP `Performance.getMetrics` read around each typed word, with `timeDomain: 'threadTicks'`
 * so that durations are the main thread's CPU time (wall time would also count the moments this
 * shared machine runs something else). `TaskDuration` covers all the thread's work: our scripts, and
 * also the style, layout and paint our overlay causes, which `ScriptDuration` would miss; a
 * PerformanceObserver would only see tasks over 50 ms. The same words are typed into the same fixture
 * at an address no content script matches: that is the page's own cost (the fixtures run no scripts,
 * so it is the browser's editing and rendering), and what the extension adds is the difference.
 * The two pages take turns by blocks of words, so that both sides share the machine's load of the
 * moment; the tab in front is the one typed into (a tab behind does not paint), and the first word
 * after each switch is not counted. Words are typed at a steady pace with a pause after each, longer
 * than the debounce, so each word ends with one analysis and one overlay update, as when writing.
 */
async function mainThreadPerKeystroke(session: ExtensionSession, site: BenchSite): Promise<number[]> {
  const typingInto = async (url: string) => {
    session.serve(url, site.fixture);
    const page = await session.open(url);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find(({ name }) => name === 'TaskDuration')!.value;
    const editor = page.locator(site.editor);
    await editor.click();
    await editor.press('ControlOrMeta+End');
    let typed = 0;
    return {
      page,
      /** Brings the page to the front, types `count` words and returns each one's main-thread ms per key. */
      async typeWords(count: number): Promise<number[]> {
        await page.bringToFront();
        const perKey: number[] = [];
        for (let i = 0; i < SETTLING_WORDS + count; i++) {
          const word = words[typed++ % words.length]!;
          const before = await taskSeconds();
          await page.keyboard.type(word, { delay: KEY_INTERVAL_MS });
          await page.waitForTimeout(PAUSE_AFTER_WORD_MS);
          if (i >= SETTLING_WORDS) perKey.push((((await taskSeconds()) - before) * 1000) / word.length);
        }
        return perKey;
      },
    };
  };
  const withExtension = await typingInto(site.url);
  const baseline = await typingInto(`https://example.com/${site.fixture}`);
  await withExtension.typeWords(WARM_UP_WORDS);
  const samples: number[] = [];
  for (let block = 0; block < MAIN_THREAD_BLOCKS; block++) {
    const ours = await withExtension.typeWords(MAIN_THREAD_BLOCK_WORDS);
    const theirs = distribution(await baseline.typeWords(MAIN_THREAD_BLOCK_WORDS)).median;
    samples.push(...ours.map((milliseconds) => milliseconds - theirs));
  }
  await withExtension.page.close();
  await baseline.page.close();
  return samples;
}

/** An app page with no compose box whose DOM keeps changing: for a while after load it replaces its feed's items. */
const busyPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Explore / X</title></head>
<body><main id="feed"></main>
<script>
  addEventListener('load', () => {
    const feed = document.getElementById('feed');
    const end = performance.now() + ${BUSY_PAGE_CHURN_MS};
    const churn = () => {
      for (let i = 0; i < 20; i++) {
        const item = document.createElement('article');
        item.innerHTML = '<div><span>Someone</span> <a href="#">@someone</a></div><p>A post in the feed, with <b>some</b> markup.</p>';
        feed.prepend(item);
        if (feed.childElementCount > 200) feed.lastElementChild.remove();
      }
      if (performance.now() < end) setTimeout(churn);
      else document.title = 'done';
    };
    churn();
  });
</script>
</body></html>`;

/**
 * The content script's main-thread time on `busyPage`, from navigation to the end of its churn.
 *
 * Method: V8's sampling profiler on the page (a sample every 0.1 ms), counting the samples with one of
 * the extension's functions on the stack: its own code and what it calls (querySelectorAll…). The
 * page's own work stays out, which a whole-page metric could not do on a page that is busy by design.
 * The profile starts on a blank page of the same site so that it runs in the renderer that then
 * loads the busy page.
 */
async function busyPageCost(session: ExtensionSession): Promise<number[]> {
  const blankUrl = 'https://x.com/';
  const busyUrl = 'https://x.com/explore';
  session.serveHtml(blankUrl, '<!doctype html><title>blank</title>');
  session.serveHtml(busyUrl, busyPage);
  const extensionOrigin = `chrome-extension://${session.extensionId}/`;
  const samples: number[] = [];
  for (let run = 0; run < BUSY_PAGE_RUNS; run++) {
    const page = await session.open(blankUrl);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(busyUrl);
    await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 });
    const { profile } = await cdp.send('Profiler.stop');
    const urlOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const ours = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      let known = ours.get(id);
      if (known === undefined) {
        const parent = parentOf.get(id);
        known = urlOf.get(id)!.startsWith(extensionOrigin) || (parent !== undefined && isOurs(parent));
        ours.set(id, known);
      }
      return known;
    };
    // timeDeltas[i] is the time between samples i - 1 and i: sample i lasts until the next one.
    const { samples: ids = [], timeDeltas = [] } = profile;
    let microseconds = 0;
    for (let i = 0; i + 1 < ids.length; i++) if (isOurs(ids[i]!)) microseconds += timeDeltas[i + 1]!;
    samples.push(microseconds / 1000);
    await page.close();
  }
  return samples;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A synthetic page of LinkedIn's article editor (`/article/new`, ProseMirror; the title is a
 * separate textarea, see lib/sites/linkedin.ts) holding `text`, one paragraph per blank-line block.
 */
function linkedinArticle(text: string): string {
  const paragraphs = text.split(/\n\n+/).map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Write article | LinkedIn</title>
<style>body { margin: 0; font: 16px/24px system-ui, sans-serif; } .article-editor { max-width: 744px; margin: 24px auto; }
.ProseMirror { outline: none; white-space: pre-wrap; } .ProseMirror p { margin: 0 0 16px; } textarea { width: 100%; font: 32px/40px serif; border: 0; }</style></head>
<body><main class="article-editor"><textarea aria-label="Title" placeholder="Title">What a year of four-day weeks taught us</textarea>
<div class="ProseMirror" contenteditable="true" role="textbox" aria-label="Article editor content" translate="no">${paragraphs}</div></main></body></html>`;
}

/** reddit.html with its markdown reply box holding `text` (Reddit posts take up to 40,000 characters, the box does not stop more). */
function redditMarkdown(text: string): string {
  return replaceOnce(fixtureHtml('reddit.html'), 'Same here, **Monday only**.\n\nDo you keep the blocks when a meeting lands on them?', escapeHtml(text));
}

interface LongDraft {
  name: string;
  site: BenchSite;
  html: string;
}

const article = (length: number): LongDraft => ({
  name: `a ${length.toLocaleString('en')}-character LinkedIn article draft`,
  site: { name: 'LinkedIn article', url: 'https://www.linkedin.com/article/new/', fixture: '', editor: '.ProseMirror' },
  html: linkedinArticle(distinctText('en', length)),
});

const markdownPost = (length: number): LongDraft => ({
  name: `a ${length.toLocaleString('en')}-character Reddit draft (markdown textarea)`,
  site: { name: 'Reddit markdown', url: 'https://www.reddit.com/r/productivity/comments/1abc23x/', fixture: '', editor: 'textarea[name="markdown"]' },
  html: redditMarkdown(distinctText('en', length)),
});

interface LongTaskResult {
  /** The extension's longest time in one task, per traced load or word (ms). */
  longest: number[];
  /** Long tasks the extension caused, in all of them. */
  caused: number;
}

/**
 * The first analysis of a long draft: the page loads with the draft in its box, the content script
 * finds the box and analyses it at once. Traced from navigation until a second after the overlay's
 * first report.
 */
async function firstAnalysisLongTasks(session: ExtensionSession, draft: LongDraft): Promise<LongTaskResult> {
  const result: LongTaskResult = { longest: [], caused: 0 };
  const extensionOrigin = `chrome-extension://${session.extensionId}/`;
  for (let load = 0; load < LONG_DRAFT_LOADS; load++) {
    const page = await session.open('about:blank');
    const cdp = await session.context.newCDPSession(page);
    session.serveHtml(draft.site.url, draft.html);
    const { longest, tasks } = await traceLongTasks(cdp, extensionOrigin, async () => {
      await page.goto(draft.site.url);
      await page.waitForFunction((eventName) => {
        const host = document.querySelector('post-coach-overlay');
        if (!host || host.getAttribute('data-bench-seen')) return host?.getAttribute('data-bench-seen') === 'updated';
        host.setAttribute('data-bench-seen', 'waiting');
        host.addEventListener(eventName, () => host.setAttribute('data-bench-seen', 'updated'), { once: true });
        return false;
      }, OVERLAY_UPDATED_EVENT, { timeout: 60_000, polling: 50 });
      await afterNextFrame(page);
      await page.waitForTimeout(1000);
    });
    result.longest.push(longest);
    result.caused += tasks.length;
    await page.close();
  }
  return result;
}

/** Typing in a long draft: one word at a time, each traced until the overlay shows its report. */
async function typingLongTasks(session: ExtensionSession, draft: LongDraft): Promise<LongTaskResult> {
  const result: LongTaskResult = { longest: [], caused: 0 };
  const extensionOrigin = `chrome-extension://${session.extensionId}/`;
  const page = await openTimed(session, draft.site, draft.html);
  const cdp = await session.context.newCDPSession(page);
  await keystrokeToOverlay(page, words[0]!);
  for (let i = 1; i <= LONG_DRAFT_WORDS; i++) {
    // Until the overlay shows the report of the word typed, and a while after (its highlights are placed in the next frame).
    const { longest, tasks } = await traceLongTasks(cdp, extensionOrigin, async () => {
      await keystrokeToOverlay(page, words[i % words.length]!);
      await afterNextFrame(page);
      await page.waitForTimeout(300);
    });
    result.longest.push(longest);
    result.caused += tasks.length;
  }
  await page.close();
  return result;
}

function row(measure: string, budget: string, { median, p95 }: Distribution, unit: string, within: boolean | null): string {
  const digits = unit === 'ms' ? 0 : 2;
  const verdict = within === null ? '' : within ? '✓' : '✗';
  return `| ${measure} | ${budget} | ${median.toFixed(digits)} ${unit} | ${p95.toFixed(digits)} ${unit} | ${verdict} |`;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function main(): Promise<void> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error('No built extension in .output/chrome-mv3: run `npm run build` first (this benchmark builds nothing).');
    process.exit(1);
  }
  // `--only=warm,cold,main-thread,long-drafts,busy-page`: a subset of the measures, while working on one.
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
  const measures = (part: string) => !only || only.includes(part);
  const session = await launchExtension();
  const rows: string[] = [];
  try {
    const browserVersion = session.context.browser()?.version() ?? '(version unknown)';
    console.log(`Chromium ${browserVersion}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}\n`);
    for (const site of measures('warm') ? sites : []) {
      const latency = distribution(await warmLatency(session, site));
      rows.push(row(`keystroke → overlay, warm: ${site.name}`, `p95 ≤ ${WARM_BUDGET_MS} ms`, latency, 'ms', latency.p95 <= WARM_BUDGET_MS));
    }
    if (measures('cold')) {
      const { latency, steps } = await coldLatency(session);
      const cold = distribution(latency);
      rows.push(row('keystroke → overlay, first after the background was stopped', `p95 ≤ ${COLD_BUDGET_MS} ms`, cold, 'ms', cold.p95 <= COLD_BUDGET_MS));
      const stepNames: Record<keyof typeof START_MARKS, string> = {
        evaluated: "background's script evaluated",
        warm: 'analyser built and warmed up',
        firstReport: 'first report sent',
      };
      for (const step of Object.keys(stepNames) as Array<keyof typeof START_MARKS>) {
        if (steps[step].length) rows.push(row(`… of which, after the worker started: ${stepNames[step]}`, 'reported', distribution(steps[step]), 'ms', null));
      }
    }
    // A budget per keystroke is an average over the typing: the median word is what it is held to.
    for (const site of measures('main-thread') ? sites : []) {
      const perKey = distribution(await mainThreadPerKeystroke(session, site));
      rows.push(row(`main thread per keystroke: ${site.name}`, `median ≤ ${MAIN_THREAD_BUDGET_MS} ms`, perKey, 'ms/key', perKey.median <= MAIN_THREAD_BUDGET_MS));
    }
    if (measures('long-drafts')) {
      // The extension's longest stretch in one task, per load or per pause in typing; the verdict is on
      // the long tasks it caused (a task over 50 ms that would not be one without it).
      const longDraftRow = (measure: string, { longest, caused }: LongTaskResult) =>
        row(`${measure} (${caused} long task${caused === 1 ? '' : 's'} caused)`, `no long task > ${LONG_TASK_MS} ms`, distribution(longest), 'ms', caused === 0);
      rows.push(longDraftRow(`extension's longest task, first analysis of ${article(33_000).name}`, await firstAnalysisLongTasks(session, article(33_000))));
      rows.push(longDraftRow(`extension's longest task, typing in ${article(60_000).name}`, await typingLongTasks(session, article(60_000))));
      rows.push(longDraftRow(`extension's longest task, typing in ${markdownPost(60_000).name}`, await typingLongTasks(session, markdownPost(60_000))));
    }
    if (measures('busy-page')) {
      const busy = distribution(await busyPageCost(session));
      rows.push(row(`content script on a page with no compose box, ${BUSY_PAGE_CHURN_MS / 1000} s of DOM churn`, 'reported', busy, 'ms', null));
    }
  } finally {
    await session.close();
  }
  console.log('| measure | budget | median | p95 | |');
  console.log('|---|---|---:|---:|---|');
  for (const line of rows) console.log(line);

  console.log('\n| content script | raw | gzipped | budget | |');
  console.log('|---|---:|---:|---|---|');
  for (const script of contentScripts(extensionDir)) {
    const within = script.gzippedBytes <= CONTENT_SCRIPT_BUDGET_BYTES;
    console.log(`| ${script.file} | ${kB(script.bytes)} | ${kB(script.gzippedBytes)} | ≤ ${kB(CONTENT_SCRIPT_BUDGET_BYTES)} gzipped | ${within ? '✓' : '✗'} |`);
  }
}

await main();
