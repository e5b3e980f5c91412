/**
 * The post score and the progress history in the built extension: a draft left in a compose box
 * reaches the history as counts only (and not at all with the history turned off), and the progress
 * page shows a seeded history in English and Italian, exports it as CSV and clears it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { describeRules } from '../../lib/analysis/catalogue';
import { categoryIds, ruleIds } from '../../lib/analysis/ids';
import { translator } from '../../lib/i18n/translate';
import { daySeries, streaks, topRules, weekOnWeek } from '../../lib/progress/aggregate';
import { historyToCsv } from '../../lib/progress/csv';
import { dateKey } from '../../lib/progress/dates';
import type { History } from '../../lib/progress/schema';
import { seededHistory } from '../../lib/progress/testing';
import { weekInWords } from '../../lib/progress/week-in-words';
import { postScore } from '../../lib/score/score';
import { test } from './fixtures';
import { expectedReport, OverlayDriver, overlayHostsBeside, typeAtEnd, type ExtensionSession } from './harness';
import { fixtureDraft, linkedinFeed, postComposer, typed } from './linkedin-draft';

/** The extension API inside the browser, as far as these tests call it. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

const storedHistory = (ext: ExtensionSession) => ext.worker.evaluate(async () => (await chrome.storage.local.get('progress')).progress as History | undefined);
const store = (ext: ExtensionSession, items: object) => ext.worker.evaluate((items) => chrome.storage.local.set(items), items);

/** The score as the overlay of `overlay`'s compose box shows it: in the badge, its label, and the open panel by category. */
async function overlayScore(overlay: OverlayDriver) {
  const hosts = await overlay.editor.evaluateHandle(overlayHostsBeside);
  const shown = await hosts.evaluate((hosts) => {
    const root = hosts[0]!.shadowRoot!;
    const badge = root.querySelector<HTMLElement>('[data-pc="badge"]')!;
    return {
      badge: badge.querySelector('[data-pc="score"]')?.textContent,
      label: badge.getAttribute('aria-label'),
      panel: root.querySelector<HTMLElement>('[data-pc="panel-score"]')?.dataset.score,
      categories: [...root.querySelectorAll('[data-pc="category-score"]')].map((points) => points.textContent),
    };
  });
  await hosts.dispose();
  return shown;
}

async function openProgress(ext: ExtensionSession): Promise<Page> {
  const page = await ext.openExtensionPage('progress.html');
  await page.locator('[data-pc="progress"]').waitFor();
  return page;
}

describe('progress history', () => {
  test('a draft left in a compose box is recorded as counts and its score, never its words; with the history off, nothing is', async ({ ext }) => {
    ext.serve(linkedinFeed, 'linkedin.html');
    const page = await ext.open(linkedinFeed);
    const overlay = new OverlayDriver(page.locator(postComposer));
    await typeAtEnd(overlay.editor, typed);
    const draft = fixtureDraft + typed;
    const expected = expectedReport(draft, 'linkedin');
    await overlay.waitForReport(expected);
    const score = postScore(expected.findings);

    // The score in the badge (and its label) and in the panel, by category.
    await overlay.openPanel();
    expect(await overlayScore(overlay)).toEqual({
      badge: String(score.total),
      label: expect.stringContaining(`score ${score.total} out of 100`),
      panel: String(score.total),
      categories: categoryIds.map((category) => `${score.categories[category]}/20`),
    });

    // Leaving the box records the draft.
    await overlay.editor.evaluate((editor) => (editor as HTMLElement).blur());
    await expect.poll(async () => (await storedHistory(ext))?.days[0]?.drafts, { timeout: 10_000 }).toBe(1);
    const history = (await storedHistory(ext))!;
    const counts: Record<string, number> = {};
    for (const { ruleId } of expected.findings) counts[ruleId] = (counts[ruleId] ?? 0) + 1;
    expect(history.days).toEqual([expect.objectContaining({ date: dateKey(new Date()), drafts: 1, rules: counts, posts: [{ score: score.total, worst: 'error', published: false }] })]);
    const stored = ruleIds.reduce((json, id) => json.replaceAll(id, ''), JSON.stringify(await ext.worker.evaluate(() => chrome.storage.local.get(null as unknown as string))).toLowerCase());
    const words = [...new Set(draft.toLowerCase().match(/\p{L}{4,}/gu)!)];
    expect(words.filter((word) => stored.includes(word))).toEqual([]);

    // History off: the same draft, changed and left again, leaves the history as it was.
    const options = await ext.openExtensionPage('options.html');
    await options.locator('label:has([data-pc="progress-history"])').click();
    await expect.poll(async () => (await ext.storedSettings())?.progressHistory).toBe(false);
    await page.bringToFront();
    const more = ' DM me!!!';
    const changed = expectedReport(draft + more, 'linkedin');
    expect(changed.findings.length, 'the change adds findings, which a recording would show').toBeGreaterThan(expected.findings.length);
    await typeAtEnd(overlay.editor, more);
    await overlay.waitForReport(changed);
    await overlay.editor.evaluate((editor) => (editor as HTMLElement).blur());
    // Nothing to wait for when nothing happens: give a recording the time it took above, many times over.
    await page.waitForTimeout(1500);
    expect(await storedHistory(ext)).toEqual(history);
  });
});

describe('progress page', () => {
  const today = dateKey(new Date());
  const history = seededHistory(today);

  test('shows a seeded history in English and in Italian: trends, top rules, streaks, the week in words, the score explained', async ({ ext }) => {
    for (const language of ['en', 'it'] as const) {
      await store(ext, { progress: history, settings: { interfaceLanguage: language } });
      const page = await openProgress(ext);
      const t = translator(language);
      const names = new Map(describeRules(language).map((rule) => [rule.id, rule.name]));
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.locator('h1').textContent()).toBe(t('progress.title'));

      const drafts = (period: number) => daySeries(history, today, period).reduce((sum, day) => sum + day.drafts, 0);
      expect(await page.locator('[data-pc="totals"]').getAttribute('data-drafts')).toBe(String(drafts(30)));
      // Both charts drawn, each with its table.
      for (const chart of ['score-chart', 'findings-chart']) {
        await page.locator(`[data-pc="${chart}"] canvas`).waitFor();
        expect(await page.locator(`[data-pc="${chart}"] .chart-table tbody tr`).count()).toBe(30);
      }
      expect(await page.locator('[data-pc="findings-chart"] .u-legend').textContent()).toContain(t('category.self-promotion'));

      const top = topRules(history, today, 30);
      expect(await page.locator('[data-pc="top-rules"] li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-rule'), item.getAttribute('data-count')]))).toEqual(
        top.map(({ ruleId, count }) => [ruleId, String(count)]),
      );
      await expect.poll(() => page.locator('[data-pc="top-rules"] .top-rule-name').allTextContents()).toEqual(top.map(({ ruleId }) => names.get(ruleId)));

      const runs = streaks(history);
      expect(await page.locator('[data-pc="streaks"]').getAttribute('data-current')).toBe(String(runs.current));
      expect(await page.locator('[data-pc="streaks"]').getAttribute('data-best')).toBe(String(runs.best));

      const week = weekInWords(weekOnWeek(history, today), t, language, (id) => names.get(id) ?? id);
      expect(week.improved.length).toBeGreaterThan(0);
      expect(await page.locator('[data-pc="improved"] li').allTextContents()).toEqual(week.improved);
      expect(await page.locator('[data-pc="score-explained"] p').textContent()).toBe(t('progress.scoreExplained'));

      // The last 7 days.
      await page.locator('[data-pc="period"] input[value="7"]').click();
      await expect.poll(() => page.locator('[data-pc="totals"]').getAttribute('data-drafts')).toBe(String(drafts(7)));
      expect(await page.locator('[data-pc="score-chart"] .chart-table tbody tr').count()).toBe(7);
      await page.close();
    }
  });

  test('exports the history as CSV and clears it after a confirmation', async ({ ext }) => {
    await store(ext, { progress: history });
    const page = await openProgress(ext);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-pc="export"]').click()]);
    expect(download.suggestedFilename()).toBe(`post-coach-progress-${today}.csv`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(historyToCsv(history));

    await page.locator('[data-pc="clear"]').click();
    await page.locator('[data-pc="clear-cancel"]').click();
    expect((await storedHistory(ext))?.days.length).toBe(history.days.length);
    await page.locator('[data-pc="clear"]').click();
    await page.locator('[data-pc="clear-confirm"]').click();
    await page.locator('[data-pc="progress-empty"]').waitFor();
    expect(await storedHistory(ext)).toEqual({ days: [], recent: [] });
  });

  test('is linked from the popup and the options, and says when the history is turned off', async ({ ext }) => {
    for (const path of ['popup.html', 'options.html']) {
      const page = await ext.openExtensionPage(path);
      const [opened] = await Promise.all([ext.context.waitForEvent('page'), page.locator('[data-pc="open-progress"]').click()]);
      await opened.locator('[data-pc="progress-empty"]').waitFor();
      expect(new URL(opened.url()).pathname).toBe('/progress.html');
      expect(await opened.locator('[data-pc="history-off"]').count()).toBe(0);
    }
    await store(ext, { settings: { progressHistory: false, interfaceLanguage: 'it' } });
    const page = await openProgress(ext);
    expect(await page.locator('[data-pc="history-off"]').textContent()).toContain(translator('it')('progress.off'));
  });
});
