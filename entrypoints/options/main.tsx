import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsEnvironment } from '@/components/OptionsApp';
import { sendToBackground } from '@/components/send-to-background';
import '@/components/styles.css';

const environment: OptionsEnvironment = {
  send: sendToBackground,
  permissions: {
    request: (origin) => browser.permissions.request({ origins: [origin] }),
    remove: (origin) => browser.permissions.remove({ origins: [origin] }),
  },
};

createRoot(document.getElementById('root')!).render(<OptionsApp environment={environment} />);
