// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RuleInfo } from '@/lib/analysis/catalogue';
import type { Request } from '@/lib/messaging/protocol';
import { defaultSettings } from '@/lib/settings/schema';
import { loadSettings, updateSettings } from '@/lib/settings/store';
import { OptionsApp, type OptionsEnvironment } from './OptionsApp';
import { changeValue, click, render, settle, submit, type Rendered } from './testing';

const rule = (id: string, name: string): RuleInfo => ({
  id,
  category: 'confidential',
  defaultSeverity: 'error',
  languages: ['en', 'it'],
  name,
  description: `${name}: what it looks for.`,
  examples: { flagged: [], ok: [] },
});

/** The background answers `get-rules` in the language asked; permissions are granted and recorded. */
function fakeEnvironment() {
  const sent: Request[] = [];
  const removed: string[] = [];
  const environment: OptionsEnvironment = {
    send: async (request) => {
      sent.push(request);
      if (request.type !== 'get-rules') return { type: 'error', message: 'unexpected' };
      const name = request.uiLanguage === 'it' ? 'Termini riservati' : 'Confidential terms';
      return { type: 'rules', rules: [rule('no-confidential-terms', name)] };
    },
    permissions: {
      request: async () => true,
      remove: async (origin) => (removed.push(origin), true),
    },
  };
  return { environment, sent, removed };
}

describe('OptionsApp', () => {
  let rendered: Rendered;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => rendered.unmount());

  async function open() {
    const fake = fakeEnvironment();
    rendered = await render(<OptionsApp environment={fake.environment} />);
    await settle();
    return fake;
  }

  const checkedValue = (group: string) => rendered.find<HTMLInputElement>(`[data-pc="${group}"] input:checked`).value;
  const saveStatus = () => rendered.find('[data-pc="save-status"]').textContent;

  it('falls back to the defaults when the stored settings are corrupt', async () => {
    await fakeBrowser.storage.local.set({ settings: 'corrupt' });
    await open();
    expect(checkedValue('analysis-language')).toBe('auto');
    expect(checkedValue('interface-language')).toBe('browser');
    expect(checkedValue('mode')).toBe('learner');
    expect(rendered.findAll<HTMLInputElement>('[data-pc="sites"] [data-pc="site-switch"]').every((input) => input.checked)).toBe(true);
  });

  it('saves each change and says so politely', async () => {
    await open();
    expect(saveStatus()).toBe('');
    await click(rendered.find('[data-pc="analysis-language"] input[value="it"]'));
    await click(rendered.find('[data-pc="sites"] [data-site="x"]'));
    await changeValue(rendered.find<HTMLSelectElement>('[data-rule="no-confidential-terms"] [data-pc="rule-level"]'), 'warning');
    await settle();
    expect(await loadSettings()).toMatchObject({ analysisLanguage: 'it', disabledSites: ['x'], rules: { 'no-confidential-terms': { level: 'warning' } } });
    expect(rendered.find('[data-pc="save-status"]').getAttribute('role')).toBe('status');
    expect(saveStatus()).toBe('Saved');
  });

  it('switches the whole page, rules included, to the interface language chosen', async () => {
    const { sent } = await open();
    await click(rendered.find('[data-pc="interface-language"] input[value="it"]'));
    await settle();
    expect(document.documentElement.lang).toBe('it');
    expect(document.title).toBe('Opzioni di Post Coach');
    expect(sent.filter((request) => request.type === 'get-rules')).toEqual([
      { type: 'get-rules', uiLanguage: 'en' },
      { type: 'get-rules', uiLanguage: 'it' },
    ]);
    expect(rendered.find('[data-rule="no-confidential-terms"] .rule-name').textContent).toBe('Termini riservati');
  });

  it("stores the team's confidential terms as the rule's option, keeping its level", async () => {
    await updateSettings({ rules: { 'no-confidential-terms': { level: 'warning' } } });
    await open();
    await changeValue(rendered.find<HTMLTextAreaElement>('[data-pc="terms-input"]'), 'Project Falcon\n\n  ACME Corp \nProject Falcon\n');
    await settle(600);
    expect((await loadSettings()).rules).toEqual({ 'no-confidential-terms': { level: 'warning', options: { terms: ['Project Falcon', 'ACME Corp'] } } });
    expect(rendered.find<HTMLTextAreaElement>('[data-pc="terms-input"]').value).toBe('Project Falcon\n\n  ACME Corp \nProject Falcon\n');
  });

  it('adds a Mastodon server to the settings once its permission is granted', async () => {
    await open();
    await changeValue(rendered.find<HTMLInputElement>('[data-pc="mastodon-input"]'), 'fosstodon.org');
    await submit(rendered.find<HTMLFormElement>('[data-pc="mastodon"] form'));
    await settle();
    expect((await loadSettings()).mastodonInstances).toEqual(['fosstodon.org']);
    expect(rendered.findAll('[data-pc="mastodon-hosts"] li').map((item) => item.dataset.host)).toEqual(['mastodon.social', 'fosstodon.org']);
  });

  it('resets to the defaults only after an inline confirmation, and gives back Mastodon permissions', async () => {
    await updateSettings({ mode: 'pro', mastodonInstances: ['fosstodon.org'], rules: { 'no-confidential-terms': { options: { terms: ['ACME'] } } } });
    const { removed } = await open();
    expect(rendered.find<HTMLTextAreaElement>('[data-pc="terms-input"]').value).toBe('ACME');

    await click(rendered.find('[data-pc="reset"]'));
    expect(document.activeElement).toBe(rendered.find('[data-pc="reset-cancel"]'));
    await click(rendered.find('[data-pc="reset-cancel"]'));
    expect(document.activeElement).toBe(rendered.find('[data-pc="reset"]'));
    expect((await loadSettings()).mode).toBe('pro');

    await click(rendered.find('[data-pc="reset"]'));
    await click(rendered.find('[data-pc="reset-confirm"]'));
    await settle();
    expect(await loadSettings()).toEqual(defaultSettings);
    expect(removed).toEqual(['https://fosstodon.org/*']);
    expect(checkedValue('mode')).toBe('learner');
    expect(rendered.find<HTMLTextAreaElement>('[data-pc="terms-input"]').value).toBe('');
    expect(document.activeElement).toBe(rendered.find('[data-pc="reset"]'));
  });
});
