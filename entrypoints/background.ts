import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { appendAuditEntry } from '@/lib/audit/store';
import { createAnalysisHost } from '@/lib/messaging/host';
import { CHECK_MENU_ID, COACH_COMMAND, coachTab, createCheckMenu } from '@/lib/messaging/on-demand';
import { isExtensionPage } from '@/lib/messaging/sender';
import { START_MARKS } from '@/lib/messaging/start-marks';
import { coachedSites, mastodonServers, registerHostScript, type HostScript } from '@/lib/settings/host-scripts';
import { createProgressRecorder } from '@/lib/progress/store';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { loadImportedPack, loadManagedPolicy, saveImportedPack, watchTeamSources } from '@/lib/settings/team-store';
import type { Settings } from '@/lib/settings/schema';

export default defineBackground(() => {
  performance.mark(START_MARKS.evaluated);
  // The imported pack and the policy change rarely: read once, read again when either changes.
  let teamSources: Promise<[Awaited<ReturnType<typeof loadImportedPack>>, Awaited<ReturnType<typeof loadManagedPolicy>>]> | undefined;
  watchTeamSources(() => (teamSources = undefined));
  const host = createAnalysisHost({
    team: {
      load: async (user, language) => {
        const [imported, policy] = await (teamSources ??= Promise.all([loadImportedPack(), loadManagedPolicy()]));
        // The options page reads the policy's problems in its own language.
        return { user, imported, policy: language && language !== 'en' ? await loadManagedPolicy(language) : policy };
      },
      saveImportedPack: async (pack) => {
        teamSources = undefined;
        await saveImportedPack(pack);
      },
    },
    loadSettings,
    updateSettings,
    openOptions: async (ruleId) => {
      if (!ruleId) return browser.runtime.openOptionsPage();
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#rule-${ruleId}`) });
    },
    openLesson: async (ruleId) => void (await browser.tabs.create({ url: browser.runtime.getURL(`/lessons.html#${ruleId}`) })),
    coachTab: (tabId, url) => coachTab(tabId, { url }),
    appendAuditEntry: (entry) => appendAuditEntry(entry),
    progress: createProgressRecorder({ enabled: async () => (await loadSettings()).progressHistory }),
  });
  // A stopped service worker starts again for a message, most often a draft to analyse, and that
  // first report is what the user waits for: the analyser is built and warmed at once (its storage
  // reads overlap the message's delivery), and optional work waits until it is.
  const warm = host.handle({ type: 'warm-up' }, {}).then(() => performance.mark(START_MARKS.warm));

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const extensionPage = isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
    void host.handle(message, { tabId: sender.tab?.id, frameId: sender.frameId, extensionPage }).then((reply) => {
      if (reply.type === 'report' && !performance.getEntriesByName(START_MARKS.firstReport).length) performance.mark(START_MARKS.firstReport);
      sendResponse(reply);
    });
    return true; // the reply is sent asynchronously
  });
  browser.tabs.onRemoved.addListener((tabId) => host.forgetTab(tabId));

  // Any text box, on demand: the shortcut and the context menu grant `activeTab` for that tab.
  const coachFailed = (error: unknown) => console.warn('Post Coach: cannot coach this page', error);
  browser.runtime.onInstalled.addListener(createCheckMenu);
  // The onboarding greets a new install (not an update or a browser update); the options reopen it.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CHECK_MENU_ID && tab?.id !== undefined) void coachTab(tab.id, { url: tab.url, frameId: info.frameId }).catch(coachFailed);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COACH_COMMAND && tab?.id !== undefined) void coachTab(tab.id, { url: tab.url }).catch(coachFailed);
  });

  // The hosts the user added in the options, each granted by the user.
  const sync = (script: HostScript, hosts: string[]) =>
    registerHostScript(script, hosts).catch((error: unknown) => console.warn(`Post Coach: ${script.id} not registered`, error));
  const syncAll = (settings: Settings) => {
    void sync(mastodonServers, settings.mastodonInstances);
    void sync(coachedSites, settings.coachedSites);
  };
  // Not needed for a report: after the warm-up.
  void warm.then(() => loadSettings().then(syncAll));
  watchSettings(syncAll);
});
