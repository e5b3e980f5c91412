import { parentAcrossShadow } from './parent-across-shadow';

/**
 * The element matching `selector` that is closest to `from` in the tree: the first match in the
 * nearest ancestor that has one, climbing out of shadow roots. With `within`, the search stops at
 * the nearest ancestor matching it, and finds nothing when `from` has no such ancestor, so a box
 * with no button of its own never picks up another box's button from elsewhere in the page.
 */
export function findNearby(from: Element, selector: string, within?: string): HTMLElement | null {
  if (within && !hasAncestor(from, within)) return null;
  for (let ancestor = parentAcrossShadow(from); ancestor; ancestor = parentAcrossShadow(ancestor)) {
    const match = ancestor.querySelector<HTMLElement>(selector);
    if (match) return match;
    if (within && ancestor.matches(within)) return null;
  }
  return null;
}

/**
 * The first `selector` element (a button) of the composer's nearest `within` ancestor whose whole
 * text is one of `texts`: for buttons a site marks with nothing but their label.
 */
export function findButtonByText(from: Element, within: string, selector: string, texts: ReadonlySet<string>): HTMLElement | null {
  const container = from.closest(within);
  if (!container) return null;
  return [...container.querySelectorAll<HTMLElement>(selector)].find((button) => texts.has(button.textContent?.trim() ?? '')) ?? null;
}

function hasAncestor(from: Element, selector: string): boolean {
  for (let ancestor = parentAcrossShadow(from); ancestor; ancestor = parentAcrossShadow(ancestor)) {
    if (ancestor.matches(selector)) return true;
  }
  return false;
}
