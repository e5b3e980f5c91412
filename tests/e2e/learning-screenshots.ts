/**
 * Takes the screenshots of the learning pages in docs/ from the built extension in headless Chromium:
 * - docs/onboarding.png: the onboarding a first install opens, with the learner role chosen;
 * - docs/lessons.png: the lessons page opened at one lesson, as "Learn more" opens it;
 * - docs/lessons-it.png: the same in Italian;
 * - docs/practice.png: a drill as it opens, the weak draft with the coach's findings;
 * - docs/practice-done.png: the same drill rewritten until the coach is quiet, with the model answer.
 *
 * Run `npm run build`, then `npx tsx tests/e2e/learning-screenshots.ts`. Everything is offline.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { findLesson } from '../../lib/lessons/registry';
import { launchExtension, waitFor } from './harness';

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));

async function setInterfaceLanguage(page: Page, base: string, language: 'en' | 'it'): Promise<void> {
  await page.goto(`${base}/options.html`);
  await page.locator(`[data-pc="interface-language"] input[value="${language}"]`).click();
  await waitFor('the language saved', () => page.locator('html').getAttribute('lang'), (lang) => lang === language);
}

async function main(): Promise<void> {
  mkdirSync(docsDir, { recursive: true });
  const session = await launchExtension({ keepOnboarding: true });
  try {
    const base = `chrome-extension://${session.extensionId}`;
    const onboarding = session.onboarding!;
    await onboarding.setViewportSize({ width: 1000, height: 900 });
    await onboarding.locator('[data-pc="interface-language"] input[value="en"]').click();
    await onboarding.locator('[data-pc="role"] input[value="learner"]').click();
    await onboarding.screenshot({ path: `${docsDir}onboarding.png`, fullPage: true });

    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const language of ['en', 'it'] as const) {
      await setInterfaceLanguage(page, base, language);
      await page.goto(`${base}/lessons.html#require-ad-disclosure`);
      await page.locator('[data-pc="lesson"][data-current="true"]').waitFor();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: `${docsDir}lessons${language === 'it' ? '-it' : ''}.png` });
    }

    await setInterfaceLanguage(page, base, 'en');
    await page.goto(`${base}/practice.html#no-hard-sell`);
    await page.locator('[data-pc="drill"] [data-pc="finding"]').first().waitFor();
    await page.screenshot({ path: `${docsDir}practice.png`, fullPage: true });
    const editor = page.locator('[data-pc="drill-editor"]');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(findLesson('no-hard-sell')!.text.en.strong);
    await page.locator('[data-pc="model-answer"]').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: `${docsDir}practice-done.png`, fullPage: true });
  } finally {
    await session.close();
  }
}

await main();
