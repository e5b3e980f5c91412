import { browser } from 'wxt/browser';
import { siteForUrl } from '../sites/registry';

/** The content script that coaches any page with the generic reader (`entrypoints/on-demand.content`). */
export const ON_DEMAND_SCRIPT = '/content-scripts/on-demand.js';
/** The context menu item on editable elements. */
export const CHECK_MENU_ID = 'post-coach-check';
/** The keyboard command (its shortcut is in the manifest, `wxt.config.ts`). */
export const COACH_COMMAND = 'coach-page';

/**
 * Starts the generic reader in a tab the user asked to coach ("Coach this page", the shortcut, the
 * context menu). It runs only then, through the `activeTab` grant the gesture gives: no host
 * permission is needed and nothing runs on a page until asked. On a supported site the site's own
 * script is already there, with the generic reader as its fallback, so nothing is added.
 */
export async function coachTab(tabId: number, { url, frameId }: { url?: string; frameId?: number } = {}): Promise<void> {
  if (url && siteForUrl(url)) return;
  await browser.scripting.executeScript({
    target: frameId !== undefined && frameId !== 0 ? { tabId, frameIds: [frameId] } : { tabId },
    files: [ON_DEMAND_SCRIPT],
  });
}

/** The context menu item "Check with Post Coach" on text boxes; created once per install or update. */
export function createCheckMenu(): void {
  browser.contextMenus.create({ id: CHECK_MENU_ID, title: browser.i18n.getMessage('menuCheck'), contexts: ['editable'] }, () => {
    // Already there (an update while the menu survived): nothing to do, and nothing to report.
    void browser.runtime.lastError;
  });
}
