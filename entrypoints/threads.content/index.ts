import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCoach } from '@/lib/dom/coach';
import site from '@/lib/sites/threads';

export default defineContentScript({
  matches: site.matches,
  runAt: 'document_idle',
  main: (ctx) => startCoach(ctx, site),
});
