import type { PlatformId } from '../analysis/schema';
import type { DraftText } from '../dom/read-draft';

export const siteIds = ['linkedin', 'x', 'facebook', 'threads', 'bluesky', 'mastodon', 'instagram', 'reddit'] as const;
export type SiteId = (typeof siteIds)[number];

/**
 * How Post Coach finds and reads the compose boxes of one site. Adapters are pure DOM code: no
 * `browser.*`, no analysis, no changes to the page; each is tested against synthetic pages modelled on the real markup.
 */
export interface SiteAdapter {
  id: SiteId;
  /** Platform whose limits and counting apply to drafts written here. */
  platform: PlatformId;
  /** Match patterns of the pages where the content script runs. */
  matches: string[];
  /**
   * Every compose box under `root` (a document, element or shadow root), including those inside the
   * open shadow roots the site is known to use. Boxes that are hidden or read-only are left out.
   */
  findComposers(root: ParentNode): HTMLElement[];
  /**
   * Elements whose open shadow roots hold compose boxes (nested hosts included). Besides being
   * searched, these roots are watched for changes, so a box rendered there after a navigation is
   * found when it appears, not only when it gets focus.
   */
  shadowHosts?: string;
  /**
   * Editable boxes this site uses for something other than posts (direct messages, chat, profile
   * fields), and the pages that hold only those. Neither the adapter nor the generic reader
   * coaches them. Prefer signals that are the same in every interface language.
   */
  notComposers?: NotComposers;
  /**
   * The draft's text (paragraph breaks and blank lines as "\n") with a map from text offsets back
   * to the DOM (a `Range` per span for contenteditable editors, offsets into `value` for textareas).
   */
  readDraft(composer: HTMLElement): DraftText;
  /**
   * The element beside which the overlay's host is inserted (as its next sibling): an ancestor of
   * the compose box (possibly across a shadow boundary), never the editor itself nor anything
   * inside it, and stable while the user types (see `lib/dom/mount-point.ts`).
   */
  mountPoint(composer: HTMLElement): Element;
  /** The button that publishes this draft, where one can be found (for a last check before posting). */
  publishButton?(composer: HTMLElement): HTMLElement | null;
  /** Key presses in the compose box that publish it, as the site handles them (for the same check). */
  publishKeys?: readonly PublishKey[];
}

/** A key press that publishes from inside a compose box. */
export interface PublishKey {
  key: 'Enter';
  /** `mod`: with Ctrl or Cmd held (either, as sites accept both); `none`: with no modifier at all. */
  modifier: 'mod' | 'none';
  /** Only in the boxes where this holds (comment boxes that post on Enter, say). */
  when?(composer: HTMLElement): boolean;
}

/** Ctrl+Enter (Cmd+Enter on macOS): publishes on X, LinkedIn, Mastodon, Bluesky and Threads. */
export const modEnter: readonly PublishKey[] = [{ key: 'Enter', modifier: 'mod' }];

/** Whether `event`, typed in `composer`, is one of the site's publishing key presses (never while an IME composes). */
export function isPublishKey(site: Pick<SiteAdapter, 'publishKeys'>, composer: HTMLElement, event: KeyboardEvent): boolean {
  if (event.isComposing || event.keyCode === 229) return false;
  const mod = event.ctrlKey || event.metaKey;
  return (site.publishKeys ?? []).some(
    (press) =>
      press.key === event.key &&
      !event.altKey &&
      (press.modifier === 'mod' ? mod && !event.shiftKey : !mod && !event.shiftKey) &&
      (press.when?.(composer) ?? true),
  );
}

export interface NotComposers {
  /** Selector of such boxes, or of an element around them. */
  boxes?: string;
  /** Path prefixes of pages with no compose box (`/messages/`). */
  paths?: readonly string[];
  /** What a selector cannot say. */
  when?(box: HTMLElement): boolean;
}

/** Whether `box` is one of the site's known non-composers, or on one of its pages without composers. */
export function isLeftAlone(site: Pick<SiteAdapter, 'notComposers'>, box: HTMLElement): boolean {
  const rule = site.notComposers;
  if (!rule) return false;
  const path = box.ownerDocument.defaultView?.location?.pathname ?? '';
  if (rule.paths?.some((prefix) => path.startsWith(prefix))) return true;
  if (rule.boxes && box.closest(rule.boxes)) return true;
  return rule.when?.(box) ?? false;
}

export function defineSite(site: SiteAdapter): SiteAdapter {
  return site;
}
