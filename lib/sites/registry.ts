import { MatchPattern } from 'wxt/utils/match-patterns';
import bluesky from './bluesky';
import type { SiteAdapter, SiteId } from './define-site';
import facebook from './facebook';
import instagram from './instagram';
import linkedin from './linkedin';
import mastodon from './mastodon';
import reddit from './reddit';
import threads from './threads';
import x from './x';

/** Every site adapter, by id. Listed explicitly: adding a site is one line here. */
export const sites: Record<SiteId, SiteAdapter> = { linkedin, x, facebook, threads, bluesky, mastodon, instagram, reddit };

const patterns = Object.values(sites).map((site) => ({ site, patterns: site.matches.map((match) => new MatchPattern(match)) }));

/** The adapter whose match patterns include `url`, if any. */
export function siteForUrl(url: string | URL): SiteAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return patterns.find((entry) => entry.patterns.some((pattern) => pattern.includes(parsed.href)))?.site;
}
