import type { Severity } from '../../analysis/schema';
import { highlightCss } from './styles';

/**
 * Underlines with the CSS Custom Highlight API: the ranges are registered with the browser and
 * painted by it, so not a single node is added to the editor. The registry is one per document and
 * shared by every compose box on the page, so each box owns its share and the highlights are rebuilt
 * from all shares.
 */
const severities: readonly Severity[] = ['info', 'warning', 'error'];
const shares = new Map<object, Array<{ severity: Severity; range: Range }>>();
const styledRoots = new WeakSet<Document | ShadowRoot>();

export const highlightName = (severity: Severity) => `post-coach-${severity}`;

export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** `::highlight()` rules only style text in their own tree, so the editor's shadow root needs them too. */
export function styleHighlightsIn(root: Document | ShadowRoot): void {
  if (styledRoots.has(root)) return;
  styledRoots.add(root);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Constructed sheets can be refused across worlds on some engines: a <style> in the document
    // head (or the shadow root), never in the editor, does the same.
    const style = document.createElement('style');
    style.dataset.pc = 'highlight-style';
    style.textContent = highlightCss;
    (root instanceof Document ? root.head ?? root.documentElement : root).append(style);
  }
}

function rebuild(): void {
  for (const severity of severities) {
    const ranges = [...shares.values()].flat().filter((item) => item.severity === severity).map((item) => item.range);
    if (ranges.length) CSS.highlights.set(highlightName(severity), new Highlight(...ranges));
    else CSS.highlights.delete(highlightName(severity));
  }
}

export function setHighlights(owner: object, items: Array<{ severity: Severity; range: Range }>): void {
  if (!items.length && !shares.has(owner)) return;
  if (items.length) shares.set(owner, items);
  else shares.delete(owner);
  rebuild();
}

export function clearHighlights(owner: object): void {
  setHighlights(owner, []);
}
