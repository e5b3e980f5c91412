import { parentAcrossShadow } from './parent-across-shadow';

/**
 * Finds a site's compose boxes under a root, including inside the open shadow roots the site is
 * known to use (LinkedIn puts its post composer in `#interop-outlet`'s shadow root; Reddit's
 * `shreddit-composer` may hold its editor in light DOM or in its shadow root: selectors seen in public extensions).
 * `document.querySelectorAll` alone would miss those (Harper's scan does, for LinkedIn).
 */

export interface ComposerQuery {
  /** Selector of the boxes themselves: a contenteditable editor root or a textarea. */
  editors: string;
  /** Boxes matching this, or inside an element matching it, are not compose boxes (DMs, titles). */
  exclude?: string;
  /** Boxes for which this holds are not compose boxes either: what one selector cannot say. */
  excludeWhen?: (box: HTMLElement) => boolean;
  /**
   * Pages whose path starts with one of these hold no compose box (direct messages): the path is
   * the same in every interface language, unlike a box's label.
   */
  excludePaths?: readonly string[];
  /** Open shadow roots searched too: those of `hosts`, with `editors` there (default: the same). */
  shadowRoots?: { hosts: string; editors?: string };
}

export function findComposers(root: ParentNode, query: ComposerQuery): HTMLElement[] {
  if (query.excludePaths && isOnPath(root, query.excludePaths)) return [];
  const found = new Set<HTMLElement>();
  const visited = new Set<ParentNode>();
  const shadow = query.shadowRoots;
  const search = (scope: ParentNode, editors: string) => {
    if (visited.has(scope)) return;
    visited.add(scope);
    for (const el of scope.querySelectorAll<HTMLElement>(editors)) {
      if (query.exclude && el.closest(query.exclude)) continue;
      if (query.excludeWhen?.(el)) continue;
      if (isWritable(el) && !isHidden(el)) found.add(el);
    }
    if (!shadow) return;
    for (const host of scope.querySelectorAll(shadow.hosts)) {
      if (host.shadowRoot) search(host.shadowRoot, shadow.editors ?? query.editors);
    }
  };
  search(root, query.editors);
  // The root itself may be a host (a content script handed the `shreddit-composer` it saw).
  if (shadow && isElement(root) && root.matches(shadow.hosts) && root.shadowRoot) {
    search(root.shadowRoot, shadow.editors ?? query.editors);
  }
  return outermost(found);
}

/**
 * The open shadow roots of the elements matching `hosts` under `root`, and of matching hosts inside
 * those roots, however deeply nested (Reddit's `shreddit-markdown-composer` sits in the shadow root
 * of `shreddit-composer`). The root itself counts when it is such a host.
 */
export function openShadowRoots(root: ParentNode, hosts: string): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (scope: ParentNode) => {
    for (const host of scope.querySelectorAll(hosts)) {
      if (host.shadowRoot && !roots.includes(host.shadowRoot)) {
        roots.push(host.shadowRoot);
        visit(host.shadowRoot);
      }
    }
  };
  if (isElement(root) && root.matches(hosts) && root.shadowRoot) {
    roots.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return roots;
}

/** Whether the page holding `root` has a path starting with one of `prefixes`. */
function isOnPath(root: ParentNode, prefixes: readonly string[]): boolean {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const path = doc.defaultView?.location?.pathname ?? '';
  return prefixes.some((prefix) => path.startsWith(prefix));
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === Node.ELEMENT_NODE;
}

/** A box the user can type into: an enabled textarea or the root of an editable region. */
function isWritable(el: HTMLElement): boolean {
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return false;
  if (el.localName === 'textarea') {
    const textarea = el as HTMLTextAreaElement;
    return !textarea.readOnly && !textarea.disabled;
  }
  return el.isContentEditable;
}

/**
 * Hidden by markup, on the box or any ancestor, across shadow boundaries. Layout (zero size,
 * computed `display`) is not consulted: it forces style work on the page, and sites hide inactive
 * composers with these attributes (and modal dialogs mark the rest of the page `aria-hidden`). A
 * native `<dialog>` without `open` is not shown either.
 */
function isHidden(el: Element): boolean {
  for (let current: Element | null = el; current; current = parentAcrossShadow(current)) {
    if (current.hasAttribute('hidden') || current.hasAttribute('inert')) return true;
    if (current.localName === 'dialog' && !current.hasAttribute('open')) return true;
    if (current.getAttribute('aria-hidden') === 'true') return true;
    const style = (current as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

/** Drops boxes nested in another found box: an editable region is one box however it is marked up. */
function outermost(found: Set<HTMLElement>): HTMLElement[] {
  return [...found].filter((el) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (found.has(a as HTMLElement)) return false;
    return true;
  });
}
