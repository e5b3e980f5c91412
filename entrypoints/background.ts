import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { appendAuditEntry } from '@/lib/audit/store';
import { createAnalysisHost } from '@/lib/messaging/host';
import { CHECK_MENU_ID, COACH_COMMAND, coachTab, createCheckMenu } from '@/lib/messaging/on-demand';
import { isExtensionPage } from '@/lib/messaging/sender';
import { coachedSites, mastodonServers, registerHostScript, type HostScript } from '@/lib/settings/host-scripts';
import { createProgressRecorder } from '@/lib/progress/store';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { loadImportedPack, loadManagedPolicy, saveImportedPack, watchTeamSources } from '@/lib/settings/team-store';
import type { Settings } from '@/lib/settings/schema';

export default defineBackground(() => {
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

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const extensionPage = isExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
    void host.handle(message, { tabId: sender.tab?.id, frameId: sender.frameId, extensionPage }).then(sendResponse);
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
  void loadSettings().then(syncAll);
  watchSettings(syncAll);
});
