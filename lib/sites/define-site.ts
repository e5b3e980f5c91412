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
}

export function defineSite(site: SiteAdapter): SiteAdapter {
  return site;
}
