/**
 * Takes docs/progress.png and docs/progress-it.png: the progress page of the built extension with a
 * seeded history (lib/progress/testing.ts), 1280 px wide, in English and in Italian.
 *
 * Run `npm run build`, then `npx tsx tests/e2e/progress-screenshots.ts`. Offline, like every test.
 */
import { fileURLToPath } from 'node:url';
import { dateKey } from '../../lib/progress/dates';
import { seededHistory } from '../../lib/progress/testing';
import { launchExtension } from './harness';

/** The extension API inside the browser, as far as this script calls it. */
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const docsDir = fileURLToPath(new URL('../../docs/', import.meta.url));

const session = await launchExtension();
try {
  const progress = seededHistory(dateKey(new Date()));
  for (const [language, file] of [['en', 'progress.png'], ['it', 'progress-it.png']] as const) {
    await session.worker.evaluate((items) => chrome.storage.local.set(items), { progress, settings: { interfaceLanguage: language } });
    const page = await session.openExtensionPage('progress.html');
    await page.locator('[data-pc="findings-chart"] canvas').waitFor();
    await page.screenshot({ path: `${docsDir}${file}`, fullPage: true });
    await page.close();
  }
} finally {
  await session.close();
}
