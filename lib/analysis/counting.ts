import twitter from 'twitter-text';
import { countGraphemes, graphemeStarts } from './graphemes';
import type { Platform } from './platforms';

const URL_WEIGHT = 23;


/** Mastodon counts `@user@domain` as `@user` (mastodon/mastodon app/javascript/…/counter.js). */
const REMOTE_MENTION = /(^|[^/\w])@(([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+)/gi;

function countMastodon(text: string): number {
  let countable = '';
  let last = 0;
  for (const { indices } of twitter.extractUrlsWithIndices(text)) {
    countable += text.slice(last, indices[0]) + 'x'.repeat(URL_WEIGHT);
    last = indices[1];
  }
  countable += text.slice(last);
  return countGraphemes(countable.replace(REMOTE_MENTION, '$1@$3'));
}

/** The length of `text` as `platform` counts it against its limit. */
export function countCharacters(text: string, platform: Platform, graphemes?: number): number {
  switch (platform.counting) {
    case 'twitter':
      return twitter.parseTweet(text).weightedLength;
    case 'mastodon':
      return countMastodon(text);
    case 'graphemes':
      return graphemes ?? countGraphemes(text);
    case 'utf16':
      return text.length;
  }
}

/**
 * Where `text` is cut behind "see more": after `foldAt` characters or `foldLines` lines, whichever
 * comes first; null when the platform does not fold or the whole text is visible.
 */
export function foldOffset(text: string, platform: Platform): number | null {
  if (platform.foldAt === null) return null;
  let fold = platform.foldAt;
  if (platform.foldLines !== null) {
    let newline = -1;
    for (let line = 0; line < platform.foldLines; line++) {
      newline = text.indexOf('\n', newline + 1);
      if (newline === -1) break;
    }
    if (newline !== -1) fold = Math.min(fold, newline);
  }
  return fold < text.trimEnd().length ? fold : null;
}

/** The UTF-16 offset where `text` passes `limit` as `platform` counts it (text.length when it fits). */
export function limitOffset(text: string, platform: Platform, limit: number): number {
  switch (platform.counting) {
    case 'utf16':
      return Math.min(limit, text.length);
    case 'twitter': {
      // twitter-text measures against its configured maximum: give it this limit instead.
      const config = (twitter as unknown as { configs: { defaults: twitter.ParseTweetOptions } }).configs.defaults;
      const parsed = twitter.parseTweet(text, { ...config, maxWeightedTweetLength: limit });
      return parsed.weightedLength <= limit ? text.length : parsed.validRangeEnd + 1;
    }
    case 'graphemes': {
      let count = 0;
      for (const start of graphemeStarts(text)) {
        if (count++ === limit) return start;
      }
      return text.length;
    }
    case 'mastodon': {
      // The count only grows with the prefix, so search for the longest prefix that fits.
      let low = 0;
      let high = text.length;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (countMastodon(text.slice(0, mid)) <= limit) low = mid;
        else high = mid - 1;
      }
      return low;
    }
  }
}
