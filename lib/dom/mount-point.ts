import { parentAcrossShadow } from './parent-across-shadow';

/**
 * Wrappers that editor libraries render around their editable root and re-render while the user
 * types (Draft.js's `.DraftEditor-root`, Quill's `.ql-container`). Harper mounts its boxes beside
 * the same roots (harper:`packages/lint-framework/src/lint/Highlights.ts` `computeRenderTarget`).
 */
const editorLibraryWrappers = '.DraftEditor-root, .ql-container';

/**
 * Where the overlay goes: the parent of the outermost wrapper the editor owns (a site's own
 * component such as Reddit's `shreddit-composer` when given, found across shadow boundaries so an
 * editor in its shadow root mounts outside it; else a library wrapper; else the editor itself).
 * That element is outside the editor and is not replaced while the user types.
 */
export function mountPointFor(editor: HTMLElement, siteWrapper?: string): Element {
  const outer = (siteWrapper && closestAcrossShadow(editor, siteWrapper)) || editor.closest(editorLibraryWrappers) || editor;
  return parentAcrossShadow(outer) ?? editor.ownerDocument.body;
}

function closestAcrossShadow(from: Element, selector: string): Element | null {
  for (let el: Element | null = from; el; el = parentAcrossShadow(el)) if (el.matches(selector)) return el;
  return null;
}
