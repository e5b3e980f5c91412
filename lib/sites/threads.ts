import { findComposers } from '../dom/find-composers';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { findButtonByText } from '../dom/find-nearby';
import { defineSite, modEnter } from './define-site';

/**
 * Threads (selectors seen in public extensions, social-posting-skills DOM_SELECTORS.md). Every
 * post of a thread being written is its own `div[contenteditable][role=textbox]`, in the composer
 * dialog, the reply dialog or inline under a post. Some captures show Lexical's
 * `data-lexical-editor`, no public source of the current site does, so it is not required. The
 * "What's new?" opener is a `role=button`, not editable. Direct messages (`/messages/`) are left
 * out. The Post button is a `div[role=button]` of the dialog known only by its text, found in
 * English and Italian (in other languages the check before Publish has only the keyboard).
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
  publishButton: (composer) => findButtonByText(composer, '[role="dialog"]', '[role="button"]', postTexts),
  // Ctrl/Cmd+Enter posts from the composer (unverified on a live page).
  publishKeys: modEnter,
});

/** The Post button's text, per interface language. */
const postTexts = new Set(['Post', 'Pubblica']);
