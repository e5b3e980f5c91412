// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '@/lib/settings/store';
import { OptionsApp } from './OptionsApp';
import { click, render, settle, type Rendered } from './testing';

/** The options page with no rules to show: only these sections matter here. */
const quietEnvironment = {
  send: async () => ({ type: 'error' as const, message: 'no rules in this test' }),
  permissions: { request: async () => true, remove: async () => true },
};

describe('options: the check before Publish', () => {
  let rendered: Rendered;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => rendered.unmount());

  it('stores the level that stops a post and whether a reason is asked; the reason switch waits while the check is off', async () => {
    rendered = await render(<OptionsApp environment={quietEnvironment} />);
    await settle();
    expect(rendered.find<HTMLInputElement>('[data-pc="pre-publish-level"] input:checked').value).toBe('error');
    await click(rendered.find('[data-pc="pre-publish-level"] input[value="warning"]'));
    await click(rendered.find('[data-pc="pre-publish-reason"]'));
    await settle();
    expect(await loadSettings()).toMatchObject({ prePublishLevel: 'warning', prePublishReason: true });
    await click(rendered.find('[data-pc="pre-publish-level"] input[value="off"]'));
    await settle();
    expect(rendered.find<HTMLInputElement>('[data-pc="pre-publish-reason"]').disabled).toBe(true);
  });
});
