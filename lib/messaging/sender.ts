/** What the background knows of a message's sender (`runtime.MessageSender`, as far as it is read here). */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
}

/**
 * Whether a message comes from one of the extension's own pages (popup, options, lessons, also when
 * opened in a tab) rather than from a content script. A content script runs in a web page, which a
 * site's own code may drive, so the sender's URL is the page's; only the extension's pages have its
 * origin (`chrome-extension://<id>/`, `moz-extension://<uuid>/`) and its id. Settings change only on
 * such requests.
 */
export function isExtensionPage(sender: MessageSenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return false;
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return sender.url.startsWith(origin);
}
