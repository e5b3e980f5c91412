import { findComposers } from '../dom/find-composers';
import { findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite, modEnter } from './define-site';

/**
 * X (selectors seen in public extensions, social-posting-skills DOM_SELECTORS.md). Posts, replies and each post of a thread are Draft.js editors
 * `[data-testid="tweetTextarea_N"]`, each in a `<label data-testid="tweetTextarea_N_label">`. The
 * mobile layout renders a textarea instead (`div[data-testid^="tweetTextarea"] textarea`; Maskbook
 * also reads `textarea[aria-label][spellcheck]` on `/compose/post`), in the same wrapper.
 * Direct messages use `dmComposerTextInput`, which is not matched: DMs are left out.
 */
/** Direct messages: the drawer's box and the message pages. */
const notComposers = { boxes: '[data-testid="dmComposerTextInput"], [data-testid="DMDrawer"]', paths: ['/messages', '/i/chat'] };

export default defineSite({
  id: 'x',
  platform: 'x',
  notComposers,
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  findComposers: (root) =>
    findComposers(root, {
      editors:
        '[data-testid^="tweetTextarea_"][contenteditable="true"], textarea[data-testid^="tweetTextarea_"], [data-testid^="tweetTextarea_"] textarea',
    }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  // The dialog and the home timeline use `tweetButton`, inline replies `tweetButtonInline` (social-posting-skills DOM_SELECTORS.md).
  publishButton: (composer) => findNearby(composer, '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]'),
  publishKeys: modEnter,
});
