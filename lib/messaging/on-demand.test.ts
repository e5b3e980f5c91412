import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { coachTab, ON_DEMAND_SCRIPT } from './on-demand';

describe('coaching a tab on demand', () => {
  afterEach(() => vi.restoreAllMocks());

  const injections = () => {
    const spy = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    return () => spy.mock.calls.map(([injection]) => injection);
  };

  it('injects the generic reader into the tab, or into the frame the menu was opened in', async () => {
    const calls = injections();
    await coachTab(3, { url: 'https://medium.com/new-story' });
    await coachTab(4, { url: 'https://mail.example.com/', frameId: 12 });
    await coachTab(5, { frameId: 0 });
    expect(calls()).toEqual([
      { target: { tabId: 3 }, files: [ON_DEMAND_SCRIPT] },
      { target: { tabId: 4, frameIds: [12] }, files: [ON_DEMAND_SCRIPT] },
      { target: { tabId: 5 }, files: [ON_DEMAND_SCRIPT] },
    ]);
  });

  it('adds nothing on a supported site, whose own script already has the generic reader', async () => {
    const calls = injections();
    await coachTab(3, { url: 'https://www.linkedin.com/feed/' });
    expect(calls()).toEqual([]);
  });

  it('passes on the browser’s refusal (a page no extension may script)', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await expect(coachTab(3, { url: 'chrome://settings/' })).rejects.toThrow('chrome://');
  });
});
