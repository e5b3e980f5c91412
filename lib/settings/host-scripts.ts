import { browser } from 'wxt/browser';

/** The match pattern of every page of a host the user added. */
export const originOf = (host: string) => `https://${host}/*`;

/** A content script registered at runtime for the hosts the user added and granted access to. */
export interface HostScript {
  /** The registration's id. */
  id: string;
  /** Where WXT writes the content script in the built extension. */
  file: string;
  /** A host the manifest serves already, never registered again. */
  builtIn?: string;
}

/** The user's Mastodon servers get the Mastodon content script (mastodon.social is in the manifest). */
export const mastodonServers: HostScript = { id: 'post-coach-mastodon-instances', file: 'content-scripts/mastodon.js', builtIn: 'mastodon.social' };

/** The other sites the user asked to be coached on always get the generic reader. */
export const coachedSites: HostScript = { id: 'post-coach-coached-sites', file: 'content-scripts/on-demand.js' };

/**
 * Registers `script` for every host the user added and still grants access to. Called at start-up
 * and whenever the settings change; returns the hosts it was registered for.
 */
export async function registerHostScript(script: HostScript, hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of new Set(hosts)) {
    if (host === script.builtIn) continue;
    if (await browser.permissions.contains({ origins: [originOf(host)] })) granted.push(host);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
  if (granted.length) {
    await browser.scripting.registerContentScripts([
      { id: script.id, matches: granted.map(originOf), js: [script.file], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}
