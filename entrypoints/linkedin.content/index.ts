import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCoach } from '@/lib/dom/coach';
import site from '@/lib/sites/linkedin';

export default defineContentScript({
  matches: site.matches,
  runAt: 'document_idle',
  // Legacy pages (jobs, parts of search) run inside a same-origin interop iframe.
  allFrames: true,
  main: (ctx) => startCoach(ctx, site),
});
