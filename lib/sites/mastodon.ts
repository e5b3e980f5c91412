import { findComposers } from '../dom/find-composers';
import { findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite, modEnter } from './define-site';

/**
 * Mastodon web (selectors seen in public extensions; mastodon/mastodon `components/autosuggest_textarea.jsx`):
 * the compose form's textarea; in the redesigned composer (Mastodon 5, behind a flag upstream),
 * `textarea#composer-text` with hashed CSS-module classes and no `.compose-form`. Direct messages are the same form with "Private mention"
 * visibility, so they cannot be told apart and are coached like posts. Other instances are added
 * at runtime by the user; only mastodon.social is matched here.
 */
export default defineSite({
  id: 'mastodon',
  platform: 'mastodon',
  matches: ['https://mastodon.social/*'],
  findComposers: (root) => findComposers(root, { editors: 'textarea.autosuggest-textarea__textarea, textarea#composer-text' }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  // `.compose-form__submit` in Mastodon 4.3+ (`compose_form.jsx`), `.compose-form__publish` before;
  // the redesign's classes are hashed, so there the form's own submit button is the one.
  publishButton: (composer) =>
    findNearby(composer, '.compose-form__submit button[type="submit"], .compose-form__publish button', 'form') ??
    findNearby(composer, 'button[type="submit"]', 'form'),
  // `autosuggest_textarea.jsx` submits on Ctrl/Cmd+Enter.
  publishKeys: modEnter,
});
