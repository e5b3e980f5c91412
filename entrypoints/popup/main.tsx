import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupEnvironment } from '@/components/PopupApp';
import { sendToBackground } from '@/components/send-to-background';
import '@/components/styles.css';

const environment: PopupEnvironment = {
  send: sendToBackground,
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
  openOptions: async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  },
};

createRoot(document.getElementById('root')!).render(<PopupApp environment={environment} />);
