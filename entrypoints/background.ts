import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createAnalysisHost } from '@/lib/messaging/host';
import { registerMastodonInstances } from '@/lib/settings/mastodon-instances';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/store';

export default defineBackground(() => {
  const host = createAnalysisHost({
    loadSettings,
    updateSettings,
    openOptions: () => browser.runtime.openOptionsPage(),
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void host.handle(message, { tabId: sender.tab?.id, frameId: sender.frameId }).then(sendResponse);
    return true; // the reply is sent asynchronously
  });
  browser.tabs.onRemoved.addListener((tabId) => host.forgetTab(tabId));

  const syncInstances = (hosts: string[]) => registerMastodonInstances(hosts).catch((error) => console.warn('Post Coach: Mastodon servers not registered', error));
  void loadSettings().then((settings) => syncInstances(settings.mastodonInstances));
  watchSettings((settings) => void syncInstances(settings.mastodonInstances));
});
