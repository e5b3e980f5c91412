// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding, Report } from '@/lib/analysis/schema';
import type { Request, Response, TabReport } from '@/lib/messaging/protocol';
import { loadSettings, updateSettings } from '@/lib/settings/store';
import { PopupApp, type PopupEnvironment } from './PopupApp';
import { changeValue, click, render, settle, type Rendered } from './testing';

const finding = (ruleId: string, severity: Finding['severity']): Finding => ({
  ruleId,
  category: 'reader-value',
  severity,
  messageId: 'm',
  message: `Message of ${ruleId}`,
  why: `Why of ${ruleId}`,
  fix: `Fix of ${ruleId}`,
  data: {},
  span: { start: 0, end: 1 },
});

const report: Report = {
  language: 'en',
  platform: 'linkedin',
  categories: { 'self-promotion': 'ok', inappropriate: 'ok', confidential: 'error', length: 'ok', 'reader-value': 'warning' },
  findings: [finding('a', 'info'), finding('b', 'warning'), finding('c', 'info'), finding('d', 'error'), finding('e', 'info'), finding('f', 'warning'), finding('g', 'info')],
  stats: { characters: 120, limit: 3000, graphemes: 120, words: 20, sentences: 2, readingSeconds: 6, readability: 55, foldAt: 210 },
};

interface FakeTab {
  url: string;
  tabReport?: TabReport;
}

/** A popup opened over `tab`; the fake background answers tab reports and analyses, and records every request. */
function fakeEnvironment(tab: FakeTab) {
  const sent: Request[] = [];
  let optionsOpened = 0;
  const environment: PopupEnvironment = {
    activeTab: async () => ({ id: 7, url: tab.url }),
    openOptions: async () => void optionsOpened++,
    send: async (request): Promise<Response> => {
      sent.push(request);
      if (request.type === 'get-tab-report') return { type: 'tab-report', tabReport: request.tabId === 7 ? (tab.tabReport ?? null) : null };
      if (request.type === 'analyze') return { type: 'report', id: request.id, report: { ...report, platform: request.platform, findings: [] } };
      if (request.type === 'coach-tab') return request.url?.startsWith('https://') ? { type: 'ok' } : { type: 'error', message: 'Cannot access this page' };
      return { type: 'error', message: 'unexpected' };
    },
  };
  return { environment, sent, optionsOpened: () => optionsOpened };
}

describe('PopupApp', () => {
  let rendered: Rendered;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => rendered.unmount());

  async function open(tab: FakeTab) {
    const fake = fakeEnvironment(tab);
    rendered = await render(<PopupApp environment={fake.environment} />);
    await settle();
    return fake;
  }

  const siteSwitch = () => rendered.find<HTMLInputElement>('[data-pc="site-switch"]');

  it("shows the active tab's draft: its site, the five categories and the five most serious findings", async () => {
    await open({ url: 'https://www.linkedin.com/feed/', tabReport: { site: 'linkedin', reader: 'adapter', report, updatedAt: 1 } });
    expect(siteSwitch().checked).toBe(true);
    expect(siteSwitch().closest('label')?.textContent).toBe('Coach on LinkedIn');
    const tabDraft = rendered.find('[data-pc="tab-draft"]');
    expect([...tabDraft.querySelectorAll<HTMLElement>('[data-pc="categories"] li')].map((item) => item.dataset.status)).toEqual(['ok', 'ok', 'error', 'ok', 'warning']);
    expect([...tabDraft.querySelectorAll<HTMLElement>('[data-pc="finding"]')].map((card) => card.dataset.rule)).toEqual(['d', 'b', 'f', 'a', 'c']);
    expect(tabDraft.textContent).toContain('2 more in the panel beside the compose box.');
    // Learner mode: the fix of each, without the why, for room.
    expect(tabDraft.textContent).toContain('Fix of d');
    expect(tabDraft.textContent).not.toContain('Why of d');
  });

  it('says when the draft was read by the generic reader, in English and in Italian', async () => {
    await open({ url: 'https://www.linkedin.com/feed/', tabReport: { site: 'linkedin', reader: 'generic', report, updatedAt: 1 } });
    expect(rendered.find('[data-pc="generic-reader"]').textContent).toContain('Coached with the generic reader');
    expect(rendered.findAll('[data-pc="tab-draft"] [data-pc="finding"]')).toHaveLength(5);
    rendered.unmount();
    await updateSettings({ interfaceLanguage: 'it' });
    await open({ url: 'https://www.linkedin.com/feed/', tabReport: { site: 'linkedin', reader: 'generic', report, updatedAt: 1 } });
    expect(rendered.find('[data-pc="generic-reader"]').textContent).toContain('modalità generica');
  });

  it('does not mention the generic reader for a box the site adapter found', async () => {
    await open({ url: 'https://www.linkedin.com/feed/', tabReport: { site: 'linkedin', reader: 'adapter', report, updatedAt: 1 } });
    expect(rendered.findAll('[data-pc="generic-reader"]')).toEqual([]);
  });

  it('switches coaching off for the site and saves it', async () => {
    await open({ url: 'https://www.linkedin.com/feed/', tabReport: { site: 'linkedin', reader: 'adapter', report, updatedAt: 1 } });
    await click(siteSwitch());
    await settle();
    expect((await loadSettings()).disabledSites).toEqual(['linkedin']);
    expect(siteSwitch().checked).toBe(false);
    expect(rendered.find('[data-pc="site-off"]').textContent).toContain('Post Coach is turned off on LinkedIn.');
    expect(rendered.findAll('[data-pc="tab-draft"] [data-pc="report"]')).toEqual([]);
  });

  it('says there is no draft on a supported site whose compose box is empty, and checks text for that platform', async () => {
    const { sent } = await open({ url: 'https://x.com/home' });
    expect(rendered.find('[data-pc="no-draft"]').textContent).toContain('No draft on this page yet.');
    expect(rendered.find<HTMLSelectElement>('[data-pc="check-platform"]').value).toBe('x');
    await changeValue(rendered.find<HTMLTextAreaElement>('[data-pc="check-text"]'), 'Hello');
    await click(rendered.find('[data-pc="check-button"]'));
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'analyze', id: 1, text: 'Hello', platform: 'x', uiLanguage: 'en' });
    expect(rendered.find('[data-pc="check-status"]').textContent).toBe('No suggestions.');
  });

  it('works on any page, even with no compose box', async () => {
    await open({ url: 'https://example.com/article' });
    expect(rendered.find('[data-pc="unsupported"]').textContent).toContain('does not coach on this page');
    expect(rendered.findAll('[data-pc="site-switch"]')).toEqual([]);
    expect(rendered.find<HTMLSelectElement>('[data-pc="check-platform"]').value).toBe('generic');
  });

  it('"Coach this page" on another site asks the background to start the generic reader in that tab', async () => {
    const { sent } = await open({ url: 'https://medium.com/new-story' });
    await click(rendered.find('[data-pc="coach-page-button"]'));
    await settle();
    expect(sent).toContainEqual({ type: 'coach-tab', tabId: 7, url: 'https://medium.com/new-story' });
    expect(rendered.find('[data-pc="coach-page-status"]').textContent).toBe('Click into a text box and start writing: Post Coach follows it.');
    expect(rendered.find<HTMLButtonElement>('[data-pc="coach-page-button"]').disabled).toBe(true);
  });

  it('says why a page cannot be coached, in Italian too', async () => {
    await updateSettings({ interfaceLanguage: 'it' });
    await open({ url: 'chrome://settings/' });
    expect(rendered.find('[data-pc="coach-page-button"]').textContent).toBe('Attiva il coach su questa pagina');
    await click(rendered.find('[data-pc="coach-page-button"]'));
    await settle();
    expect(rendered.find('[data-pc="coach-page-status"]').textContent).toBe('Post Coach non può lavorare su questa pagina: Cannot access this page');
  });

  it('offers no "Coach this page" on a supported site', async () => {
    await open({ url: 'https://x.com/home' });
    expect(rendered.findAll('[data-pc="coach-page"]')).toEqual([]);
  });

  it('shows the draft of a page coached on demand, read by the generic reader, instead of the button', async () => {
    await open({ url: 'https://medium.com/new-story', tabReport: { site: null, reader: 'generic', report, updatedAt: 1 } });
    expect(rendered.findAll('[data-pc="coach-page"]')).toEqual([]);
    expect(rendered.find('[data-pc="generic-reader"]').textContent).toContain('generic reader');
  });

  it('recognises a Mastodon server the user added', async () => {
    await updateSettings({ mastodonInstances: ['fosstodon.org'] });
    await open({ url: 'https://fosstodon.org/home' });
    expect(siteSwitch().dataset.site).toBe('mastodon');
    expect(rendered.find<HTMLSelectElement>('[data-pc="check-platform"]').value).toBe('mastodon');
  });

  it('switches to pro mode, which hides why and how to fix', async () => {
    await open({ url: 'https://www.linkedin.com/feed/', tabReport: { site: 'linkedin', reader: 'adapter', report, updatedAt: 1 } });
    await click(rendered.find('[data-pc="mode"] input[value="pro"]'));
    await settle();
    expect((await loadSettings()).mode).toBe('pro');
    expect(rendered.findAll('[data-pc="finding-fix"]')).toEqual([]);
  });

  it('speaks the chosen interface language and opens the options', async () => {
    await updateSettings({ interfaceLanguage: 'it' });
    const { optionsOpened } = await open({ url: 'https://example.com/' });
    expect(document.documentElement.lang).toBe('it');
    const optionsButton = rendered.find('[data-pc="open-options"]');
    expect(optionsButton.textContent).toBe('Opzioni');
    await click(optionsButton);
    expect(optionsOpened()).toBe(1);
    const lessons = rendered.find<HTMLAnchorElement>('[data-pc="open-lessons"]');
    expect([lessons.textContent, lessons.getAttribute('href'), lessons.target]).toEqual(['Lezioni', '/lessons.html', '_blank']);
  });
});
