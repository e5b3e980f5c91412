import type { SiteAdapter } from '../sites/define-site';
import { openShadowRoots } from './find-composers';

export interface ComposerEvents {
  found(composer: HTMLElement): void;
  lost(composer: HTMLElement): void;
}

export interface ComposerWatch {
  /** Scan soon, e.g. after SPA navigation. */
  rescan(): void;
  stop(): void;
}

/** At most one scan per this many milliseconds, however busy the page's DOM is. */
const SCAN_INTERVAL_MS = 300;

/**
 * Finds the site's compose boxes as they come and go: at start, when the page adds or removes
 * elements (throttled), also inside the open shadow roots the site renders its composers in
 * (`site.shadowHosts`, which a document-wide observer does not see), when something gets focus and
 * when asked (after SPA navigation). A page with no compose box costs one querySelectorAll per
 * scan and nothing else.
 */
export function watchComposers(site: SiteAdapter, events: ComposerEvents, root: Document = document): ComposerWatch {
  const known = new Set<HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastScan = 0;

  const watchedRoots = new WeakSet<ShadowRoot>();
  function watchShadowRoots(): void {
    if (!site.shadowHosts) return;
    for (const shadowRoot of openShadowRoots(root, site.shadowHosts)) {
      if (watchedRoots.has(shadowRoot)) continue;
      watchedRoots.add(shadowRoot);
      observer.observe(shadowRoot, { childList: true, subtree: true });
    }
  }

  function scan(): void {
    timer = undefined;
    lastScan = performance.now();
    watchShadowRoots();
    const current = new Set(site.findComposers(root));
    for (const composer of known) {
      if (!current.has(composer) || !composer.isConnected) {
        known.delete(composer);
        events.lost(composer);
      }
    }
    for (const composer of current) {
      if (known.has(composer)) continue;
      known.add(composer);
      events.found(composer);
    }
  }

  function scheduleScan(): void {
    if (timer !== undefined) return;
    timer = setTimeout(scan, Math.max(0, SCAN_INTERVAL_MS - (performance.now() - lastScan)));
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.addedNodes.length || record.removedNodes.length) {
        scheduleScan();
        return;
      }
    }
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });

  const onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && !known.has(target) && (target.isContentEditable || target.localName === 'textarea')) {
      clearTimeout(timer);
      scan();
    }
  };
  root.addEventListener('focusin', onFocus, true);

  scan();
  return {
    rescan: scheduleScan,
    stop() {
      clearTimeout(timer);
      observer.disconnect();
      root.removeEventListener('focusin', onFocus, true);
      for (const composer of known) events.lost(composer);
      known.clear();
    },
  };
}
