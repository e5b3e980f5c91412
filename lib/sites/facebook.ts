import { findComposers } from '../dom/find-composers';
import { findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite } from './define-site';

/** Comment boxes post on Enter (Shift+Enter is a new line); the status composer in its dialog does not. */
const commentBox = (composer: HTMLElement) => !composer.closest('[role="dialog"]');

/**
 * Facebook (selectors seen in public extensions, social-posting-skills DOM_SELECTORS.md). The status composer in its dialog and the comment boxes
 * are Lexical textboxes. A bare Lexical selector also matches Messenger's chat boxes: those carry
 * the placeholder "Aa" in every interface language (seen in many Messenger automation scripts),
 * and the inbox lives under `/messages/`. Both signals are language-neutral, unlike the boxes'
 * translated labels.
 */
const notComposers = { boxes: '[aria-placeholder="Aa"]', paths: ['/messages/'] };

export default defineSite({
  id: 'facebook',
  platform: 'facebook',
  notComposers,
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  findComposers: (root) =>
    findComposers(root, {
      editors: 'div[role="textbox"][data-lexical-editor="true"]',
      exclude: notComposers.boxes,
      excludePaths: notComposers.paths,
    }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  // social-posting-skills DOM_SELECTORS.md: a div with role=button, labelled by the UI language ("Pubblica" in Italian, unverified).
  publishButton: (composer) =>
    findNearby(composer, '[role="button"][aria-label="Post"], [role="button"][aria-label="Pubblica"]', '[role="dialog"]'),
  publishKeys: [{ key: 'Enter', modifier: 'none', when: commentBox }],
});
