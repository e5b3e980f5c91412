/**
 * Lessons, practice and onboarding in the built extension, in real Chromium, in English and in
 * Italian: the onboarding a fresh install opens, the lessons page opened from "Learn more" in the
 * overlay and in the popup, and a practice drill rewritten until the coach is quiet.
 *
 * One browser for the file, whose first install is what the onboarding test sees; the tests follow
 * one another as a user would (the language chosen in the onboarding carries on).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../lib/analysis/ids';
import { translator } from '../../lib/i18n/translate';
import { findLesson, lessons } from '../../lib/lessons/registry';
import { expectedReport, launchExtension, OverlayDriver, typeAtEnd, waitFor, type ExtensionSession } from './harness';
import { fixtureDraft, linkedinFeed, postComposer, typed } from './linkedin-draft';

/** Polls wait this long: extension pages take seconds to load on a loaded machine. */
const slow = { timeout: 20_000 };

let ext: ExtensionSession;
let outboundBefore = 0;
let errorsBefore = 0;

beforeAll(async () => {
  ext = await launchExtension({ keepOnboarding: true });
});
afterAll(async () => {
  await ext?.close();
});
afterEach(async () => {
  for (const page of ext.context.pages()) if (page !== ext.onboarding) await page.close();
  expect(ext.outbound.slice(outboundBefore), 'requests that would have left the machine').toEqual([]);
  expect(ext.errors.slice(errorsBefore), 'errors thrown or logged').toEqual([]);
  outboundBefore = ext.outbound.length;
  errorsBefore = ext.errors.length;
});

/** The settings as stored, once `accept` takes them (saving is asynchronous). */
const storedSettingsWhen = (what: string, accept: (settings: Record<string, unknown>) => boolean) =>
  waitFor(what, () => ext.storedSettings(), (settings) => !!settings && accept(settings), undefined, slow.timeout);

async function practiseDrill(page: Page, ruleId: string, language: Language) {
  const lesson = findLesson(ruleId)!;
  const t = translator(language);
  const { weak, strong } = lesson.text[language];
  const drill = page.locator(`[data-pc="drill"][data-rule="${ruleId}"]`);
  const editor = drill.locator('[data-pc="drill-editor"]');
  const status = drill.locator('[data-pc="drill-status"]');
  expect(await editor.inputValue()).toBe(weak);
  await expect.poll(() => status.getAttribute('data-quiet'), slow).toBe('false');
  expect(await drill.locator(`[data-pc="finding"][data-rule="${ruleId}"]`).count(), 'the weak draft shows its rule\'s finding').toBeGreaterThan(0);
  expect(await drill.locator('[data-pc="model-answer"]').count()).toBe(0);

  // The user rewrites the draft in the page's editor, key by key.
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(strong);
  expect(await editor.inputValue()).toBe(strong);
  const rules = () => drill.locator('[data-pc="finding"]').evaluateAll((cards) => cards.map((card) => `${card.getAttribute('data-rule')}:${card.getAttribute('data-severity')}`));
  await waitFor('the coach quiet', async () => ({ quiet: await status.getAttribute('data-quiet'), findings: await rules() }), ({ quiet }) => quiet === 'true', (seen) => seen, 20_000);
  expect(await status.textContent()).toBe(t('practice.quiet'));
  expect(await drill.locator(`[data-pc="finding"][data-rule="${ruleId}"]`).count()).toBe(0);
  expect(await drill.locator('[data-pc="model-answer"] blockquote').textContent()).toBe(strong);

  // Progress is kept as drill ids, never as text.
  const id = `${ruleId}.${language}`;
  const progress = await waitFor(
    'the drill saved as done',
    () => ext.worker.evaluate(async () => (await chrome.storage.local.get(null)) as Record<string, unknown>),
    (stored) => JSON.stringify(stored.practice ?? {}).includes(id),
    undefined,
    slow.timeout,
  );
  expect(progress.practice).toEqual({ done: expect.arrayContaining([id]) });
  const everything = JSON.stringify(progress);
  for (const text of [weak, strong, strong.slice(0, 30)]) expect(everything).not.toContain(text);
  await page.reload();
  await expect.poll(() => page.locator(`[data-pc="drill-link"][data-rule="${ruleId}"]`).getAttribute('data-done'), slow).toBe('true');
}

declare const chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } };

describe('onboarding', () => {
  it('opens on first install and says plainly that no text leaves the browser', async () => {
    const page = ext.onboarding!;
    await page.locator('[data-pc="onboarding"]').waitFor();
    const t = translator('en');
    expect(await page.locator('h1').textContent()).toBe(t('onboarding.title'));
    expect(await page.locator('[data-pc="privacy"]').textContent()).toContain(t('onboarding.privacy'));
    // Nothing is chosen for the user: the defaults stand until a choice is made.
    expect(await ext.storedSettings()).toBeUndefined();
  });

  it('saves the language, the role with its mode and levels, and the sites, and speaks Italian once chosen', async () => {
    const page = ext.onboarding!;
    await page.locator('[data-pc="interface-language"] input[value="it"]').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), slow).toBe('it');
    const t = translator('it');
    expect(await page.locator('h1').textContent()).toBe(t('onboarding.title'));
    expect(await page.locator('[data-pc="privacy"]').textContent()).toContain(t('onboarding.privacy'));

    await page.locator('[data-pc="role"] input[value="brand"]').click();
    await expect.poll(() => page.locator('[data-pc="role"] .hint').textContent(), slow).toBe(t('onboarding.roleBrandHint'));
    await page.locator('label:has([data-pc="site-switch"][data-site="x"])').click();
    const settings = await storedSettingsWhen('the onboarding choices saved', (stored) => stored.role === 'brand' && JSON.stringify(stored.disabledSites) === '["x"]');
    expect(settings).toMatchObject({ interfaceLanguage: 'it', role: 'brand', mode: 'pro', rules: { 'require-ad-disclosure': { level: 'error' } } });

    await page.locator('[data-pc="role"] input[value="learner"]').click();
    const learner = await storedSettingsWhen('the learner role saved', (stored) => stored.role === 'learner');
    expect(learner).toMatchObject({ mode: 'learner', rules: {}, disabledSites: ['x'] });
  });
});

describe('lessons, in Italian', () => {
  it('"Learn more" in the overlay opens the lesson of that finding, among all lessons by category', async () => {
    ext.serve(linkedinFeed, 'linkedin.html');
    const site = await ext.open(linkedinFeed);
    const overlay = new OverlayDriver(site.locator(postComposer));
    await typeAtEnd(overlay.editor, typed);
    const report = expectedReport(fixtureDraft + typed, 'linkedin', { uiLanguage: 'it' });
    await overlay.waitForReport(report);
    await overlay.openPanel();
    const index = report.findings.findIndex((finding) => finding.ruleId === 'no-hard-sell');
    expect(index).toBeGreaterThanOrEqual(0);
    const opened = ext.context.waitForEvent('page');
    await overlay.click('[data-pc="learn-more"]', index);
    const page = await opened;
    await page.waitForURL(/lessons\.html#no-hard-sell$/);

    const lesson = page.locator('[data-pc="lesson"][data-rule="no-hard-sell"]');
    await expect.poll(() => lesson.getAttribute('data-current'), slow).toBe('true');
    await expect.poll(() => lesson.evaluate((article) => article.getBoundingClientRect().top), slow).toBeLessThan(100);
    const it = findLesson('no-hard-sell')!.text.it;
    expect(await lesson.locator('[data-pc="lesson-why"]').textContent()).toContain(it.why);
    expect(await lesson.locator('[data-pc="lesson-weak"] blockquote').textContent()).toBe(it.weak);
    expect(await lesson.locator('[data-pc="lesson-strong"] blockquote').textContent()).toBe(it.strong);
    expect(await page.locator('h1').textContent()).toBe(translator('it')('lessons.title'));

    expect(await page.locator('[data-pc="lesson"]').count()).toBe(lessons.length);
    const categories = await page.locator('[data-pc="lesson-category"]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-category')));
    expect(categories).toEqual(['self-promotion', 'inappropriate', 'confidential', 'length', 'reader-value']);
  });
});

describe('practice, in Italian', () => {
  it('a drill done end to end: the weak draft rewritten until the coach is quiet, then the model answer', async () => {
    const page = await ext.openExtensionPage('practice.html#no-shouting');
    await page.locator('[data-pc="drill"]').waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang'), slow).toBe('it');
    await practiseDrill(page, 'no-shouting', 'it');
    expect(await page.locator('[data-pc="drill-progress"]').textContent()).toBe(translator('it')('practice.progress', { done: 1, total: lessons.length }));
  });
});

describe('back in English', () => {
  it('the options reopen the onboarding, where English is chosen again', async () => {
    await ext.onboarding!.close();
    const options = await ext.openExtensionPage('options.html');
    const opened = options.waitForURL(/onboarding\.html$/);
    await options.locator('[data-pc="open-onboarding"]').click();
    await opened;
    await options.locator('[data-pc="onboarding"]').waitFor();
    await options.locator('[data-pc="interface-language"] input[value="en"]').click();
    await expect.poll(() => options.locator('h1').textContent(), slow).toBe(translator('en')('onboarding.title'));
    // The learner role chosen before is still the one shown.
    expect(await options.locator('[data-pc="role"] input[value="learner"]').isChecked()).toBe(true);
  });

  it('"Learn more" in the popup links to the lesson; a drill done end to end in English', async () => {
    const popup = await ext.openExtensionPage('popup.html');
    const text = 'Only 3 left at this price! Buy now before they are gone.';
    await popup.locator('[data-pc="check-text"]').fill(text);
    await popup.locator('[data-pc="check-button"]').click();
    const link = popup.locator('[data-pc="check"] [data-pc="finding"][data-rule="no-hard-sell"] [data-pc="learn-more"]').first();
    const opened = ext.context.waitForEvent('page');
    await link.click();
    const lessonsPage = await opened;
    await lessonsPage.waitForURL(/lessons\.html#no-hard-sell$/);
    const lesson = lessonsPage.locator('[data-pc="lesson"][data-rule="no-hard-sell"]');
    await expect.poll(() => lesson.getAttribute('data-current'), slow).toBe('true');
    expect(await lesson.locator('[data-pc="lesson-why"]').textContent()).toContain(findLesson('no-hard-sell')!.text.en.why);

    // From the lesson to its drill.
    await lesson.locator('[data-pc="practise"]').click();
    await lessonsPage.waitForURL(/practice\.html#no-hard-sell$/);
    await lessonsPage.locator('[data-pc="drill"]').waitFor();
    await practiseDrill(lessonsPage, 'no-hard-sell', 'en');
    // The Italian drill done before is another drill: English counts its own.
    expect(await lessonsPage.locator('[data-pc="drill-progress"]').textContent()).toBe(translator('en')('practice.progress', { done: 1, total: lessons.length }));
  });
});
