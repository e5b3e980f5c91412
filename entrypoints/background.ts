import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalysisHost } from '@/lib/messaging/host';
import { registerMastodonInstances } from '@/lib/settings/mastodon-instances';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/store';

export default defineBackground(() => {
  const host = createAnalysisHost({
    loadSettings,
    updateSettings,
    openOptions: async (ruleId) => {
      if (!ruleId) return browser.runtime.openOptionsPage();
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#rule-${ruleId}`) });
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Content scripts send from the page's URL; the popup and the options page from the extension's own.
    const extensionPage = sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
    void host.handle(message, { tabId: sender.tab?.id, frameId: sender.frameId, extensionPage }).then(sendResponse);
    return true; // the reply is sent asynchronously
  });
  browser.tabs.onRemoved.addListener((tabId) => host.forgetTab(tabId));

  const syncInstances = (hosts: string[]) => registerMastodonInstances(hosts).catch((error) => console.warn('Post Coach: Mastodon servers not registered', error));
  void loadSettings().then((settings) => syncInstances(settings.mastodonInstances));
  watchSettings((settings) => void syncInstances(settings.mastodonInstances));
});
