import { browser } from 'wxt/browser';

/** The id of the dynamically registered content script that serves the user's Mastodon servers. */
const SCRIPT_ID = 'post-coach-mastodon-instances';
/** Where WXT writes the Mastodon content script in the built extension. */
const SCRIPT_FILE = 'content-scripts/mastodon.js';

export const originOf = (host: string) => `https://${host}/*`;

/**
 * Registers the Mastodon content script for every server the user added and granted access to
 * (mastodon.social is in the manifest already). Called at start-up and whenever the settings change.
 */
export async function registerMastodonInstances(hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of new Set(hosts)) {
    if (host === 'mastodon.social') continue;
    if (await browser.permissions.contains({ origins: [originOf(host)] })) granted.push(host);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted.map(originOf), js: [SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}
