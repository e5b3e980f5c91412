import { findComposers } from '../dom/find-composers';
import { findButtonByText, findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite, modEnter } from './define-site';

/**
 * LinkedIn (selectors seen in public extensions and automation scripts, see the research notes on
 * the live markup). Post composer, classic: Quill `.ql-editor` in a `[role=dialog]`, since 2026
 * inside the open shadow root of `div#interop-outlet[data-testid="interop-shadowdom"]`. Post
 * composer, new (rolled out account by account): a native `<dialog>` holding a TipTap editor under
 * `[componentkey="ShareBox_textEditor"]`, hashed classes, a Post button with text only. Comments:
 * TipTap under `[data-testid="ui-core-tiptap-text-editor-wrapper"]` in `[componentkey^="commentBox-"]`
 * with no `<form>`, or the older comment form. Articles (`/article/new`): ProseMirror, whose title
 * is a separate textarea and not matched. Legacy pages run in a same-origin interop iframe, where
 * the content script runs too (`allFrames`). Messaging uses a plain contenteditable
 * (`.msg-form__contenteditable`) that no selector matches: DMs are left out.
 */

/** The TipTap wrapper LinkedIn renders around every rich-text field, composers and profile fields alike. */
const tiptapWrapper = '[data-testid="ui-core-tiptap-text-editor-wrapper"]';

/**
 * Where a TipTap field is a composer: the share box and the comment boxes. The same wrapper serves
 * the profile's headline and About fields, which are not posts; telling them apart by where they
 * sit needs no label, so it works in every interface language.
 */
const composerContexts =
  '[componentkey="ShareBox_textEditor"], [componentkey^="commentBox-"], .comments-comment-box__form, .comments-comment-texteditor, .share-creation-state__text-editor';

/** Text of the new share box's Post button (it has no class or test id of its own), per interface language. */
const postButtonTexts = new Set(['Post', 'Pubblica']);

const shadowHosts = '#interop-outlet, [data-testid="interop-shadowdom"]';

const notComposers = {
  // Messaging, in its page and in the chat overlay; and the profile fields (headline, About), which
  // share the composers' TipTap wrapper but sit in no share box or comment box.
  boxes: '.msg-form',
  paths: ['/messaging/'],
  when: (box: HTMLElement) => !!box.closest(tiptapWrapper) && !box.closest(composerContexts),
};

export default defineSite({
  id: 'linkedin',
  platform: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  shadowHosts,
  notComposers,
  findComposers: (root) =>
    findComposers(root, {
      editors: '.ql-editor[contenteditable="true"], .ProseMirror[contenteditable="true"], [componentkey="ShareBox_textEditor"] [contenteditable="true"]',
      exclude: notComposers.boxes,
      excludePaths: notComposers.paths,
      excludeWhen: notComposers.when,
      shadowRoots: { hosts: shadowHosts },
    }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  publishButton: (composer) =>
    // Classic post: social-posting-skills DOM_SELECTORS.md. Comments: LinkedIn's BEM class for the
    // comment form's submit button (the `--cr` variant is the current one), or the TipTap comment
    // box's button section; unverified on a live page.
    findNearby(composer, '.share-actions__primary-action', '[role="dialog"], dialog') ??
    newShareBoxPostButton(composer) ??
    findNearby(composer, '[class*="comments-comment-box__submit-button"]', '.comments-comment-box__form') ??
    findNearby(composer, '[componentkey*="commentButtonSection"] button', '[componentkey^="commentBox-"]'),
  publishKeys: modEnter,
});

/** The new share box's Post button: a button of the editor's `<dialog>` whose whole text is "Post". */
function newShareBoxPostButton(composer: HTMLElement): HTMLElement | null {
  if (!composer.closest('[componentkey="ShareBox_textEditor"]')) return null;
  return findButtonByText(composer, 'dialog', 'button', postButtonTexts);
}
