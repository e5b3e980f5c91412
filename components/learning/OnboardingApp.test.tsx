// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translator } from '@/lib/i18n/translate';
import { loadSettings, updateSettings } from '@/lib/settings/store';
import { click, render, settle, type Rendered } from '../testing';
import { OnboardingApp } from './OnboardingApp';

describe('OnboardingApp', () => {
  let rendered: Rendered;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => rendered.unmount());

  async function open() {
    rendered = await render(<OnboardingApp />);
    await settle(10);
  }
  const choose = async (group: string, value: string) => {
    await click(rendered.find(`[data-pc="${group}"] input[value="${value}"]`));
    await settle(10);
  };

  it('states that no text leaves the browser, and saves each choice as it is made', async () => {
    await open();
    expect(rendered.find('[data-pc="privacy"]').textContent).toContain(translator('en')('onboarding.privacy'));
    await choose('role', 'professional');
    expect(await loadSettings()).toMatchObject({ role: 'professional', mode: 'pro', rules: { 'min-readability': { level: 'off' } } });
    await choose('interface-language', 'it');
    expect(rendered.find('h1').textContent).toBe(translator('it')('onboarding.title'));
    expect(rendered.find('[data-pc="role"] .hint').textContent).toBe(translator('it')('onboarding.roleProfessionalHint'));
    await choose('analysis-language', 'it');
    await click(rendered.find('[data-pc="site-switch"][data-site="reddit"]'));
    await settle(10);
    expect(await loadSettings()).toMatchObject({ interfaceLanguage: 'it', analysisLanguage: 'it', disabledSites: ['reddit'] });
  });

  it('reopened, shows the role chosen before, and a new role keeps the team\'s terms', async () => {
    await updateSettings({ role: 'brand', mode: 'pro', rules: { 'no-confidential-terms': { options: { terms: ['Falcon'] } }, 'no-internal-links': { level: 'error' } } });
    await open();
    expect(rendered.find<HTMLInputElement>('[data-pc="role"] input[value="brand"]').checked).toBe(true);
    await choose('role', 'learner');
    expect(await loadSettings()).toMatchObject({ role: 'learner', mode: 'learner', rules: { 'no-confidential-terms': { options: { terms: ['Falcon'] } } } });
    expect((await loadSettings()).rules['no-internal-links']).toBeUndefined();
  });
});
