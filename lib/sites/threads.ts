import { findComposers } from '../dom/find-composers';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite } from './define-site';

/**
 * Threads (selectors seen in public extensions, social-posting-skills DOM_SELECTORS.md). Every post of a thread being written is its own Lexical
 * textbox, in the composer dialog or the reply dialog. The Post button is a `div[role=button]`
 * known only by its translated text, so no publish button is offered.
 */
export default defineSite({
  id: 'threads',
  platform: 'threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  findComposers: (root) => findComposers(root, { editors: 'div[role="textbox"][data-lexical-editor="true"]' }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
});
