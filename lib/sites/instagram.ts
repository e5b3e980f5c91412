import { findComposers } from '../dom/find-composers';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { findButtonByText } from '../dom/find-nearby';
import { defineSite } from './define-site';

/**
 * Instagram (selectors seen in public extensions): the caption of a new post, a Lexical editor in the "Create new
 * post" dialog (inferred) or, in older builds, a textarea labelled "Write a caption...". Any
 * Lexical editor in a dialog is taken, so other UI languages work too. Direct messages live under
 * `/direct/` (a "Send message" dialog included) and are left out there, and a chat box elsewhere
 * is known by its placeholder "Aa", the same in every language; comment fields are textareas
 * without the caption's label. The
 * Share button is a `div[role=button]` of the dialog known only by its text, found in English and
 * Italian. Enter in a caption is a new line: no key publishes.
 */
const notComposers = { boxes: '[aria-placeholder="Aa"]', paths: ['/direct/'] };

export default defineSite({
  id: 'instagram',
  platform: 'instagram',
  notComposers,
  matches: ['https://www.instagram.com/*'],
  findComposers: (root) =>
    findComposers(root, {
      editors:
        '[role="dialog"] [data-lexical-editor="true"][contenteditable="true"], [aria-label^="Write a caption"]:is(textarea, [contenteditable="true"])',
      exclude: notComposers.boxes,
      excludePaths: notComposers.paths,
    }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  publishButton: (composer) => findButtonByText(composer, '[role="dialog"]', '[role="button"]', shareTexts),
});

/** The Share button's text, per interface language. */
const shareTexts = new Set(['Share', 'Condividi']);
