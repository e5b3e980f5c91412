import { describe, expect, it } from 'vitest';
import { isExtensionPage } from './sender';

const id = 'abcdefghijklmnopabcdefghijklmnop';
const origin = `chrome-extension://${id}/`;

describe("the extension's own pages, told from content scripts", () => {
  it('accepts the popup, the options page (also in a tab) and the Firefox form of the origin', () => {
    expect(isExtensionPage({ id, url: `${origin}popup.html` }, id, origin)).toBe(true);
    expect(isExtensionPage({ id, url: `${origin}options.html#rule-no-hard-sell` }, id, origin)).toBe(true);
    const firefox = 'moz-extension://0b7a3f9e-6c1d-4f7e-9a53-3c1e2d4b5a69/';
    expect(isExtensionPage({ id: 'post-coach@post-coach.dev', url: `${firefox}options.html` }, 'post-coach@post-coach.dev', firefox.slice(0, -1))).toBe(true);
  });

  it('refuses a content script, whatever the page it runs in', () => {
    for (const url of ['https://www.linkedin.com/feed/', `https://evil.example/${origin}options.html`, `https://evil.example/?next=${origin}`, 'about:blank', 'data:text/html,hi']) {
      expect(isExtensionPage({ id, url }, id, origin), url).toBe(false);
    }
  });

  it('refuses another extension, a sender with no address, and an origin that only starts like ours', () => {
    expect(isExtensionPage({ id: 'another', url: `chrome-extension://another/options.html` }, id, origin)).toBe(false);
    expect(isExtensionPage({ id: 'another', url: `${origin}options.html` }, id, origin)).toBe(false);
    expect(isExtensionPage({ id }, id, origin)).toBe(false);
    expect(isExtensionPage({ id, url: `chrome-extension://${id}x/options.html` }, id, origin)).toBe(false);
    expect(isExtensionPage({}, id, origin)).toBe(false);
  });
});
