import { createRoot } from 'react-dom/client';
import { ProgressApp, type ProgressEnvironment } from '@/components/ProgressApp';
import { sendToBackground } from '@/components/send-to-background';
import '@/components/styles.css';

const environment: ProgressEnvironment = {
  send: sendToBackground,
  now: () => new Date(),
  download(filename, text) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  },
};

createRoot(document.getElementById('root')!).render(<ProgressApp environment={environment} />);
