import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCoach } from '@/lib/dom/coach';

/**
 * The generic reader on any page, injected only when the user asks (popup, shortcut, context menu)
 * or registered for the sites the user added in the options. Not in the manifest.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main: (ctx) => startCoach(ctx, null),
});
