import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { RuleInfo } from '../analysis/catalogue';
import type { Language } from '../analysis/schema';
import { resolveInterfaceLanguage, translator, type Translate } from '../i18n/translate';
import type { Request, Response } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { isLeftAlone, type SiteAdapter } from '../sites/define-site';
import { adapterReader, ComposerSession, type BoxReader } from './composer-session';
import { editableRootOf, looksLikeComposer } from './generic-reader';
import { mountPointFor } from './mount-point';
import { readDraft } from './read-draft';
import { watchComposers, type ComposerWatch } from './watch-composers';
import { createPublishGuard } from '../publish/guard';

/** Pause in typing before the draft is read and analysed. */
export const DEBOUNCE_MS = 200;

/**
 * Chrome stops an extension's service worker after 30 s without events, and starting it again
 * (evaluating the whole analysis) takes far longer than the debounce. After this long without a
 * message, the first keystroke wakes the background at once: it starts while the user still types.
 */
export const BACKGROUND_IDLE_MS = 25_000;

/**
 * While the user is in a compose box the background is kept awake (DESIGN: warm while a box is
 * focused): a ping goes out when nothing else did for this long, well inside Chrome's 30 s.
 */
const KEEP_AWAKE_MS = 20_000;

/** The generic reader for a page of `site`, or for a page coached on demand (no site: no platform limits). */
function genericReader(site: SiteAdapter | null): BoxReader {
  return { platform: site?.platform ?? 'generic', site: site?.id, kind: 'generic', readDraft, mountPoint: (composer) => mountPointFor(composer) };
}

/**
 * Everything Post Coach does on one site's pages: it waits for compose boxes, gives each a session
 * with its overlay, follows the settings, and leaves nothing behind when the extension is reloaded.
 * A box the site's adapter does not find but that looks like a composer is coached by the generic
 * reader once the user types into it, so a site's redesign degrades instead of going silent. With
 * no site (a page the user asked to coach), only the generic reader works, starting with the box
 * that has the focus.
 */
export async function startCoach(ctx: ContentScriptContext, site: SiteAdapter | null): Promise<void> {
  const sessions = new Map<HTMLElement, ComposerSession>();
  /** Boxes coached by the generic reader, among `sessions`. */
  const genericBoxes = new Set<HTMLElement>();
  let active = false;
  /** A box typed into before the settings arrived, to coach once they do. */
  let typedBeforeStart: HTMLElement | null = null;
  let settings: Settings | null = null;
  let language: Language = 'en';
  let t: Translate = translator('en');
  let rules: RuleInfo[] | null = null;
  let rulesRequested = false;
  let watch: ComposerWatch | null = null;

  let lastMessageAt = -Infinity;

  // Never throws. Once the extension is reloaded or updated, this copy of the script is orphaned and
  // `sendMessage` throws synchronously: reading `ctx.isInvalid` then invalidates the context, which
  // removes the overlays (see `onInvalidated` below) instead of leaving a stale badge behind.
  async function send(request: Request): Promise<Response> {
    if (ctx.isInvalid) return { type: 'error', message: 'Post Coach was reloaded or updated' };
    lastMessageAt = performance.now();
    try {
      return (await browser.runtime.sendMessage(request)) as Response;
    } catch (error) {
      return { type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  const environment = {
    send,
    debounceMs: DEBOUNCE_MS,
    wakeBackground: () => {
      if (performance.now() - lastMessageAt >= BACKGROUND_IDLE_MS) void send({ type: 'warm-up' });
    },
    keepBackgroundAwake: () => {
      if (performance.now() - lastMessageAt >= KEEP_AWAKE_MS) void send({ type: 'warm-up' });
    },
    ui: () => ({ language, t, mode: settings?.mode ?? 'learner' }),
    rules: () => {
      if (!rulesRequested) {
        rulesRequested = true;
        void send({ type: 'get-rules', uiLanguage: language }).then((reply) => {
          if (reply.type !== 'rules') return;
          rules = reply.rules;
          for (const session of sessions.values()) session.refresh();
        });
      }
      return rules;
    },
  };

  const stopAll = () => {
    active = false;
    watch?.stop();
    watch = null;
    for (const session of sessions.values()) session.destroy();
    sessions.clear();
    genericBoxes.clear();
  };

  const adapter = site && adapterReader(site);
  const generic = genericReader(site);

  function endSession(composer: HTMLElement): void {
    sessions.get(composer)?.destroy();
    sessions.delete(composer);
    genericBoxes.delete(composer);
  }

  /** Boxes the generic reader took that have left the page (SPA navigation) lose their overlay. */
  function forgetRemovedGenericBoxes(): void {
    for (const composer of genericBoxes) if (!composer.isConnected) endSession(composer);
  }

  /** Coaches `box` with the generic reader if it looks like a composer the adapter does not know. */
  function coachGeneric(box: HTMLElement | null): void {
    if (!active) typedBeforeStart = box;
    if (!active || !box || sessions.has(box)) return;
    forgetRemovedGenericBoxes();
    if ((site && isLeftAlone(site, box)) || !looksLikeComposer(box)) return;
    genericBoxes.add(box);
    sessions.set(box, new ComposerSession(box, { ...environment, reader: generic }));
  }

  if (site) {
    // The last check before Publish, on this site's publish buttons and publishing keys.
    const guard = createPublishGuard({
      site,
      boxes: () => sessions.values(),
      settings: () => settings && { level: settings.prePublishLevel, askReason: settings.prePublishReason },
      siteEnabled: () => !settings?.disabledSites.includes(site.id),
      t: () => t,
      log: (entry) => void send({ type: 'log-decision', entry }),
    });
    ctx.addEventListener(window, 'click', guard.onClick, { capture: true });
    ctx.addEventListener(window, 'keydown', guard.onKeyDown, { capture: true });
    ctx.addEventListener(window, 'keyup', guard.onKeyUp, { capture: true });
  }

  // Typing is what makes a box worth coaching: a focus alone (a search field, a chat) is not enough.
  ctx.addEventListener(document, 'input', (event) => coachGeneric(editableRootOf(event.composedPath()[0])), { capture: true });

  async function applySettings(): Promise<void> {
    const reply = await send({ type: 'get-settings' });
    if (ctx.isInvalid || reply.type !== 'settings') return;
    const previousLanguage = language;
    settings = reply.settings;
    language = resolveInterfaceLanguage(settings.interfaceLanguage, navigator.language);
    t = translator(language);
    if (language !== previousLanguage) {
      rules = null;
      rulesRequested = false;
    }
    if (site && settings.disabledSites.includes(site.id)) {
      stopAll();
      return;
    }
    if (!active) {
      active = true;
      if (site && adapter) {
        watch = watchComposers(site, {
          found: (composer) => {
            // The adapter knows it now (its page finished rendering): its reader replaces the generic one.
            if (genericBoxes.has(composer)) endSession(composer);
            if (!sessions.has(composer)) sessions.set(composer, new ComposerSession(composer, { ...environment, reader: adapter }));
          },
          lost: endSession,
        });
        coachGeneric(typedBeforeStart);
      } else {
        // Coached on demand: the box the user was in when asking.
        coachGeneric(typedBeforeStart ?? editableRootOf(deepActiveElement()));
      }
      typedBeforeStart = null;
    } else {
      for (const session of sessions.values()) session.refresh();
    }
  }

  // Only the settings matter here (the audit log changes on every decision, in the same area).
  const onStorageChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) void applySettings();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  // SPA navigation (WXT's namespaced event reaches only listeners added through the context).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    watch?.rescan();
    forgetRemovedGenericBoxes();
  });
  ctx.onInvalidated(() => {
    // Once the extension is reloaded or removed, the page may have no `browser.storage` left at all.
    browser.storage?.onChanged.removeListener(onStorageChanged);
    stopAll();
  });
  await applySettings();
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
