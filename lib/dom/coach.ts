import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { RuleInfo } from '../analysis/catalogue';
import type { Language } from '../analysis/schema';
import { resolveInterfaceLanguage, translator, type Translate } from '../i18n/translate';
import type { Request, Response } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import type { SiteAdapter } from '../sites/define-site';
import { ComposerSession } from './composer-session';
import { watchComposers, type ComposerWatch } from './watch-composers';

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

/**
 * Everything Post Coach does on one site's pages: it waits for compose boxes, gives each a session
 * with its overlay, follows the settings, and leaves nothing behind when the extension is reloaded.
 */
export async function startCoach(ctx: ContentScriptContext, site: SiteAdapter): Promise<void> {
  const sessions = new Map<HTMLElement, ComposerSession>();
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
    site,
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
    watch?.stop();
    watch = null;
    for (const session of sessions.values()) session.destroy();
    sessions.clear();
  };

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
    if (settings.disabledSites.includes(site.id)) {
      stopAll();
      return;
    }
    if (!watch) {
      watch = watchComposers(site, {
        found: (composer) => {
          if (!sessions.has(composer)) sessions.set(composer, new ComposerSession(composer, environment));
        },
        lost: (composer) => {
          sessions.get(composer)?.destroy();
          sessions.delete(composer);
        },
      });
    } else {
      for (const session of sessions.values()) session.refresh();
    }
  }

  const onStorageChanged = (_changes: unknown, area: string) => {
    if (area === 'local') void applySettings();
  };
  browser.storage.onChanged.addListener(onStorageChanged);
  // SPA navigation (WXT's namespaced event reaches only listeners added through the context).
  ctx.addEventListener(window, 'wxt:locationchange', () => watch?.rescan());
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorageChanged);
    stopAll();
  });
  await applySettings();
}
