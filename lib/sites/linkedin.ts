import { findComposers } from '../dom/find-composers';
import { findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite } from './define-site';

/**
 * LinkedIn (selectors seen in public extensions). Post composer: Quill `.ql-editor`, since 2026 inside the open
 * shadow root of `div#interop-outlet[data-testid="interop-shadowdom"]`, earlier in the page.
 * Comments: TipTap/ProseMirror on the feed, Quill on post pages. Articles (`/article/new`):
 * ProseMirror, whose title is a separate textarea and not matched. Messaging uses a plain
 * contenteditable (`.msg-form__contenteditable`) that neither selector matches: DMs are left out.
 */
export default defineSite({
  id: 'linkedin',
  platform: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  findComposers: (root) =>
    findComposers(root, {
      editors: '.ql-editor[contenteditable="true"], .ProseMirror[contenteditable="true"]',
      shadowRoots: { hosts: '#interop-outlet, [data-testid="interop-shadowdom"]' },
    }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  publishButton: (composer) =>
    // Post: social-posting-skills DOM_SELECTORS.md. Comment: LinkedIn's BEM class for the comment form's submit button (the `--cr`
    // variant is the current one); unverified on a live page.
    findNearby(composer, '.share-actions__primary-action', '[role="dialog"]') ??
    findNearby(composer, '[class*="comments-comment-box__submit-button"]', '.comments-comment-box__form'),
});
