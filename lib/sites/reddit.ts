import { findComposers } from '../dom/find-composers';
import { findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite } from './define-site';

/**
 * Reddit (selectors seen in public extensions). New Reddit: `shreddit-composer` holds a Lexical editor as a
 * light-DOM child, or a textarea in markdown mode (social-posting-skills DOM_SELECTORS.md); some builds keep them in its open
 * shadow root, and the markdown textarea may sit one level deeper, in the shadow root of a
 * `shreddit-markdown-composer` inside it: both are searched, and watched. A post's title is its own field (`[slot=title]`,
 * `[name=title]`) and is not a composer. Old Reddit: the `.usertext-edit` textarea of comments and
 * self posts. Chat lives in a separate app and is not matched.
 */
/** A post's title field, and private messages (old Reddit's `/message/compose`, new Reddit's chat pages). */
const notComposers = { boxes: '[slot="title"], [name="title"]', paths: ['/message/', '/chat'] };

/** Reddit's composer elements whose open shadow roots may hold the editor, nested in one another. */
const shadowHosts = 'shreddit-composer, shreddit-markdown-composer';

export default defineSite({
  id: 'reddit',
  platform: 'reddit',
  matches: ['https://www.reddit.com/*', 'https://old.reddit.com/*'],
  shadowHosts,
  notComposers,
  findComposers: (root) =>
    findComposers(root, {
      editors: 'shreddit-composer [contenteditable="true"], shreddit-composer textarea, .usertext-edit textarea',
      exclude: notComposers.boxes,
      shadowRoots: { hosts: shadowHosts, editors: '[contenteditable="true"], textarea' },
    }),
  readDraft,
  // Beside the whole composer, as Harper does (`computeRenderTarget`): its light-DOM children are
  // slotted, and anything else added inside it would not render.
  mountPoint: (composer) => mountPointFor(composer, 'shreddit-composer'),
  publishButton: (composer) =>
    findNearby(
      composer,
      'button[slot="submit-button"], .usertext-buttons button[type="submit"], button[name="submit"]',
      'shreddit-composer, form',
    ),
});
