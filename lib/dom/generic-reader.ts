import { parentAcrossShadow } from './parent-across-shadow';

/**
 * The generic reader: when a site ships a composer its adapter does not know (or on a page the user
 * asked to coach), a box the user types into is still coached if it looks like a place to write a
 * post. Only structure counts, never labels, so it works in every interface language:
 * - a `textarea`, or a contenteditable region with `role="textbox"` (what editors built for
 *   accessibility render: Lexical, ProseMirror, Draft.js, Quill);
 * - writable, shown, and big enough to write a few lines in;
 * - not a search box, not a one-line field (`<input>` is never taken, password fields included,
 *   nor a textbox marked `aria-multiline="false"`), not inside a search landmark or a combobox.
 */

/** Smallest box, in CSS pixels, that counts as a composer: a one-line comment field at rest is about this size. */
export const MIN_COMPOSER_WIDTH = 150;
export const MIN_COMPOSER_HEIGHT = 20;

/** Search fields by role or by the hints browsers and sites give them (the same in every language). */
const searchLike = '[role="search"], [role="searchbox"], [role="combobox"], search, [type="search"], [inputmode="search"], [enterkeyhint="search"]';

/** Why an element is not taken for a composer, or null when it is one. */
export type NotAComposer = 'not-editable' | 'not-multiline' | 'search' | 'hidden' | 'too-small';

/** Whether `el` looks like a compose box (see above). */
export function looksLikeComposer(el: Element): el is HTMLElement {
  return whyNotAComposer(el) === null;
}

/**
 * The first reason `el` is not a compose box, or null when it looks like one. With `layout: false`
 * (a page parsed without a layout engine, as the CLI's doctor does) size and visibility are not checked.
 */
export function whyNotAComposer(el: Element, { layout = true }: { layout?: boolean } = {}): NotAComposer | null {
  const box = el as HTMLElement;
  if (box.localName === 'textarea') {
    const textarea = box as HTMLTextAreaElement;
    if (textarea.readOnly || textarea.disabled) return 'not-editable';
  } else if (box.localName === 'input') {
    return 'not-multiline';
  } else {
    if (!box.isContentEditable || box.getAttribute('role') !== 'textbox') return 'not-editable';
    // The editable root, not a paragraph inside it.
    if (box.parentElement?.isContentEditable) return 'not-editable';
    if (box.getAttribute('aria-multiline') === 'false') return 'not-multiline';
  }
  if (box.getAttribute('aria-readonly') === 'true' || box.getAttribute('aria-disabled') === 'true') return 'not-editable';
  for (let current: Element | null = box; current; current = parentAcrossShadow(current)) {
    if (current.matches(searchLike)) return 'search';
  }
  if (!layout) return null;
  const rect = box.getBoundingClientRect();
  if (!box.getClientRects().length || isHiddenByStyle(box)) return 'hidden';
  if (rect.width < MIN_COMPOSER_WIDTH || rect.height < MIN_COMPOSER_HEIGHT) return 'too-small';
  return null;
}

function isHiddenByStyle(el: HTMLElement): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.visibility === 'hidden' || style.display === 'none';
}

/**
 * The editable element an event or the focus is really on: the first element of its composed path
 * (inside open shadow roots), or the editable root that contains it.
 */
export function editableRootOf(target: EventTarget | null | undefined): HTMLElement | null {
  if (!target || !(target as Node).nodeType) return null;
  let el = (target as Node).nodeType === 1 ? (target as HTMLElement) : (target as Node).parentElement;
  if (!el) return null;
  if (el.localName === 'textarea' || el.localName === 'input') return el;
  if (!el.isContentEditable) return null;
  while (el.parentElement?.isContentEditable) el = el.parentElement;
  return el;
}
