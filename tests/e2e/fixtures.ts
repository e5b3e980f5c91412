import { test as base, expect } from 'vitest';
import { launchExtension } from './harness';

/**
 * The tests' `test`: one browser with the extension per test file (`extension`), and per test a
 * clean slate (`ext`, the same session): the test's pages are closed and the storage cleared after
 * it, and it fails if anything tried to reach the network or an error was thrown or logged (an
 * uncaught exception or a console error in any page, content script or the service worker).
 */
export const test = base
  .extend('extension', { scope: 'file' }, async ({}, { onCleanup }) => {
    const session = await launchExtension();
    onCleanup(async () => {
      await session.close();
      // Also what came between tests (pages closing, storage cleared): none of it may fail either.
      expect(session.errors, 'errors thrown or logged during the file').toEqual([]);
    });
    return session;
  })
  .extend('ext', async ({ extension }, { onCleanup }) => {
    const firstPages = new Set(extension.context.pages());
    const outboundBefore = extension.outbound.length;
    const errorsBefore = extension.errors.length;
    onCleanup(async () => {
      for (const page of extension.context.pages()) if (!firstPages.has(page)) await page.close();
      await extension.clearStorage();
      expect(extension.outbound.slice(outboundBefore), 'requests that would have left the machine').toEqual([]);
      expect(extension.errors.slice(errorsBefore), 'errors thrown or logged').toEqual([]);
    });
    return extension;
  });
