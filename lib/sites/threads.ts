import { findComposers } from '../dom/find-composers';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite } from './define-site';

/**
 * Threads (selectors seen in public extensions, social-posting-skills DOM_SELECTORS.md). Every
 * post of a thread being written is its own `div[contenteditable][role=textbox]`, in the composer
 * dialog, the reply dialog or inline under a post. Some captures show Lexical's
 * `data-lexical-editor`, no public source of the current site does, so it is not required. The
 * "What's new?" opener is a `role=button`, not editable. Direct messages (`/messages/`) are left
 * out. The Post button is a `div[role=button]` known only by its translated text, so no publish
 * button is offered.
 */
const notComposers = { paths: ['/messages/'] };

export default defineSite({
  id: 'threads',
  platform: 'threads',
  notComposers,
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  findComposers: (root) => findComposers(root, { editors: 'div[role="textbox"][contenteditable="true"]', excludePaths: notComposers.paths }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
});
