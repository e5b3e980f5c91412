import { browser } from 'wxt/browser';
import type { Request, Response } from '@/lib/messaging/protocol';

/** How the popup and the options page talk to the background; components take it as a prop so tests can fake it. */
export type SendRequest = (request: Request) => Promise<Response>;

export const sendToBackground: SendRequest = (request) => browser.runtime.sendMessage(request) as Promise<Response>;
