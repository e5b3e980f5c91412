import { findComposers } from '../dom/find-composers';
import { findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite, modEnter } from './define-site';

/**
 * Bluesky web (bluesky-social/social-app `src/view/com/composer/text-input/TextInput.web.tsx`,
 * `RichTextInputWeb.tsx`). Each post of the composer is a TipTap/ProseMirror editor: classes
 * `tiptap ProseMirror`, plus the label "Rich-Text Editor" that TipTap 2.9 adds by default in every
 * UI language and TipTap 3 drops (social-posting-skills DOM_SELECTORS.md). Newer builds load TipTap
 * lazily and show `textarea.composer-fallback-input` until it arrives. Chat uses a plain text
 * input, which is not matched.
 */
/** Chat lives under `/messages`. */
const notComposers = { paths: ['/messages'] };

export default defineSite({
  id: 'bluesky',
  platform: 'bluesky',
  notComposers,
  matches: ['https://bsky.app/*'],
  findComposers: (root) => findComposers(root, {
      editors: '.tiptap.ProseMirror[contenteditable="true"], [contenteditable="true"][aria-label="Rich-Text Editor"], textarea.composer-fallback-input',
    }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  publishButton: (composer) => findNearby(composer, 'button[data-testid="composerPublishBtn"]'),
  // `TextInput.web.tsx` publishes on Ctrl/Cmd+Enter.
  publishKeys: modEnter,
});
