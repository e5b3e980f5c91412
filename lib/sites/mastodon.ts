import { findComposers } from '../dom/find-composers';
import { findNearby } from '../dom/find-nearby';
import { mountPointFor } from '../dom/mount-point';
import { readDraft } from '../dom/read-draft';
import { defineSite } from './define-site';

/**
 * Mastodon web (selectors seen in public extensions; mastodon/mastodon `components/autosuggest_textarea.jsx`):
 * the compose form's textarea. Direct messages are the same form with "Private mention"
 * visibility, so they cannot be told apart and are coached like posts. Other instances are added
 * at runtime by the user; only mastodon.social is matched here.
 */
export default defineSite({
  id: 'mastodon',
  platform: 'mastodon',
  matches: ['https://mastodon.social/*'],
  findComposers: (root) => findComposers(root, { editors: 'textarea.autosuggest-textarea__textarea' }),
  readDraft,
  mountPoint: (composer) => mountPointFor(composer),
  // `.compose-form__submit` in Mastodon 4.3+ (`compose_form.jsx`), `.compose-form__publish` before.
  publishButton: (composer) =>
    findNearby(composer, '.compose-form__submit button[type="submit"], .compose-form__publish button', 'form.compose-form'),
});
