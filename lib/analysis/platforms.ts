import type { PlatformId } from './schema';

/**
 * How a platform counts a post's length.
 * - `twitter`: twitter-text's weighted length (CJK and emoji weigh 2, every URL 23).
 * - `mastodon`: graphemes, with every URL counted as 23 and `@user@domain` as `@user`.
 * - `graphemes`: user-perceived characters (Bluesky).
 * - `utf16`: JavaScript string length, which is what HTML `maxlength` and most web counters use;
 *   where a platform does not document its counting this errs on the safe side (an emoji counts 2).
 */
export type Counting = 'twitter' | 'mastodon' | 'graphemes' | 'utf16';

export interface Platform {
  id: PlatformId;
  name: string;
  /** Hard limit of the post body, or null where there is none worth checking. */
  limit: number | null;
  counting: Counting;
  /** Characters shown before "see more", or null where posts are not folded. */
  foldAt: number | null;
  /** Lines shown before "see more", where the platform also folds by lines. */
  foldLines: number | null;
  /** Hashtags beyond which reach or readability suffers (or the platform refuses the post). */
  maxHashtags: number;
  /** Mentions beyond which a post reads as tag stuffing. */
  maxMentions: number;
  /** Title limit, for platforms whose posts have one. */
  titleLimit?: number;
}

/**
 * Platform facts as data. Sources:
 * - X: 280 weighted characters, URLs 23 (twitter-text config/v3.json; developer.x.com "Counting characters").
 * - LinkedIn: 3,000 characters per post; "see more" after ~210 characters or 3 lines on desktop (unofficial,
 *   widely reported); 3 to 5 hashtags advised by LinkedIn's own help pages.
 * - Facebook: 63,206 characters per post (Meta's composer limit, as documented by scheduling tools).
 * - Threads: 500 characters and one topic tag per post (Meta developer docs, "Create posts").
 * - Bluesky: 300 graphemes (bluesky-social/atproto lexicons/app/bsky/feed/post.json, maxGraphemes).
 * - Mastodon: 500 characters by default, URLs count 23 (`characters_reserved_per_url`), mentions count
 *   the username only (mastodon/mastodon StatusLengthValidator).
 * - Instagram: 2,200 characters per caption, ~125 shown before "more", at most 5 hashtags since December 2025.
 * - Reddit: title 300, body 40,000 characters (reddit submit form limits).
 */
export const platforms: Readonly<Record<PlatformId, Platform>> = {
  x: { id: 'x', name: 'X', limit: 280, counting: 'twitter', foldAt: null, foldLines: null, maxHashtags: 2, maxMentions: 5 },
  linkedin: { id: 'linkedin', name: 'LinkedIn', limit: 3000, counting: 'utf16', foldAt: 210, foldLines: 3, maxHashtags: 5, maxMentions: 5 },
  facebook: { id: 'facebook', name: 'Facebook', limit: 63206, counting: 'utf16', foldAt: null, foldLines: null, maxHashtags: 3, maxMentions: 5 },
  threads: { id: 'threads', name: 'Threads', limit: 500, counting: 'utf16', foldAt: null, foldLines: null, maxHashtags: 1, maxMentions: 5 },
  bluesky: { id: 'bluesky', name: 'Bluesky', limit: 300, counting: 'graphemes', foldAt: null, foldLines: null, maxHashtags: 3, maxMentions: 5 },
  mastodon: { id: 'mastodon', name: 'Mastodon', limit: 500, counting: 'mastodon', foldAt: null, foldLines: null, maxHashtags: 5, maxMentions: 5 },
  instagram: { id: 'instagram', name: 'Instagram', limit: 2200, counting: 'utf16', foldAt: 125, foldLines: 2, maxHashtags: 5, maxMentions: 5 },
  reddit: { id: 'reddit', name: 'Reddit', limit: 40000, counting: 'utf16', foldAt: null, foldLines: null, maxHashtags: 3, maxMentions: 5, titleLimit: 300 },
  generic: { id: 'generic', name: 'Generic', limit: null, counting: 'graphemes', foldAt: null, foldLines: null, maxHashtags: 5, maxMentions: 5 },
};

export function getPlatform(id: PlatformId): Platform {
  return platforms[id];
}
