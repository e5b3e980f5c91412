/**
 * The element's parent, or the host of the shadow root it sits at the top of: climbing with this
 * leaves a shadow tree the way events do, so ancestors inside and outside the root are both seen.
 */
export function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}
