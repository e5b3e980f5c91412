import { findComposers } from '../dom/find-composers';
import { findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite } from './define-site';

/**
 * Bluesky web (selectors seen in public extensions; bluesky-social/social-app
 * `src/view/com/composer/text-input/TextInput.web.tsx`). Each post of the composer is a
 * TipTap/ProseMirror editor labelled "Rich-Text Editor" in every UI language (social-posting-skills DOM_SELECTORS.md). Chat uses a
 * plain text input, which is not matched.
 */
export default defineSite({
  id: 'bluesky',
  platform: 'bluesky',
  matches: ['https://bsky.app/*'],
  findComposers: (root) => findComposers(root, { editors: '[contenteditable="true"][aria-label="Rich-Text Editor"]' }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  publishButton: (composer) => findNearby(composer, 'button[data-testid="composerPublishBtn"]'),
});
