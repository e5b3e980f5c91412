// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Response } from '@/lib/messaging/protocol';
import { parsePolicy } from '@/lib/settings/policy';
import { loadSettings, updateSettings } from '@/lib/settings/store';
import { teamState } from '@/lib/settings/team';
import { PopupApp, type PopupEnvironment } from './PopupApp';
import { click, render, settle, type Rendered } from './testing';

/** A popup over a LinkedIn tab, with a fake background whose managed policy sets the mode and the sites. */
function environment(managed: unknown): PopupEnvironment {
  return {
    activeTab: async () => ({ id: 7, url: 'https://www.linkedin.com/feed/' }),
    openOptions: async () => undefined,
    send: async (request): Promise<Response> => {
      if (request.type === 'get-team') return { type: 'team', team: teamState({ user: await loadSettings(), imported: null, policy: parsePolicy(managed) }) };
      if (request.type === 'get-tab-report') return { type: 'tab-report', tabReport: null };
      return { type: 'error', message: 'unexpected' };
    },
  };
}

describe('PopupApp with a managed policy', () => {
  let rendered: Rendered;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => rendered.unmount());

  it('shows the managed mode and site switch as they apply, locked, and a click changes nothing', async () => {
    await updateSettings({ mode: 'learner' });
    rendered = await render(<PopupApp environment={environment({ settings: { mode: 'pro', disabledSites: [] }, lockReason: 'Acme IT' })} />);
    await settle();
    await settle();
    const locked = rendered.findAll<HTMLFieldSetElement>('[data-pc="locked"]');
    expect(locked).toHaveLength(2);
    expect(locked.every((fieldset) => fieldset.disabled && fieldset.textContent?.includes('Acme IT'))).toBe(true);
    expect(rendered.find<HTMLInputElement>('[data-pc="mode"] input:checked').value).toBe('pro');
    await click(rendered.find('[data-pc="mode"] input[value="learner"]'));
    await settle();
    expect(rendered.find<HTMLInputElement>('[data-pc="mode"] input:checked').value).toBe('pro');
    expect((await loadSettings()).mode).toBe('learner');
  });

  it('with nothing managed, nothing is locked', async () => {
    rendered = await render(<PopupApp environment={environment(undefined)} />);
    await settle();
    await settle();
    expect(rendered.findAll('[data-pc="locked"]')).toHaveLength(0);
  });
});
