// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RuleInfo } from '@/lib/analysis/catalogue';
import { parsePackText } from '@/lib/packs/parse';
import type { Request, Response } from '@/lib/messaging/protocol';
import { parsePolicy } from '@/lib/settings/policy';
import { loadSettings, updateSettings } from '@/lib/settings/store';
import { teamState, type TeamState } from '@/lib/settings/team';
import { OptionsApp, type OptionsEnvironment } from './OptionsApp';
import { changeValue, click, render, settle, type Rendered } from './testing';

const rule = (id: string): RuleInfo => ({ id, category: 'inappropriate', defaultSeverity: 'warning', languages: ['en', 'it'], name: id, description: id, examples: { flagged: [], ok: [] } });

const pack = {
  name: 'acme',
  version: '1.0.0',
  rules: [{ id: 'acme/codenames', type: 'existence', category: 'confidential', level: 'error', tokens: ['Falcon'], message: { en: 'A codename.', it: 'Un nome in codice.' } }],
};

/** A background with a fake managed storage: the policy given, and an imported pack that `import-pack` replaces. */
function fakeEnvironment(managed: unknown) {
  const sent: Request[] = [];
  let imported: TeamState['imported'] = null;
  const state = async (): Promise<TeamState> => teamState({ user: await loadSettings(), imported, policy: parsePolicy(managed, 'it') });
  const environment: OptionsEnvironment = {
    send: async (request): Promise<Response> => {
      sent.push(request);
      switch (request.type) {
        case 'get-rules':
          return { type: 'rules', rules: [rule('no-shouting'), rule('no-buzzwords')] };
        case 'get-team':
          return { type: 'team', team: await state() };
        case 'import-pack': {
          const parsed = parsePackText(request.text, request.uiLanguage);
          if (!parsed.ok) return { type: 'pack-errors', errors: parsed.errors };
          imported = parsed.pack;
          return { type: 'team', team: await state() };
        }
        default:
          return { type: 'error', message: 'unexpected' };
      }
    },
    permissions: { request: async () => true, remove: async () => true },
  };
  return { environment, sent };
}

describe('OptionsApp with team rules', () => {
  let rendered: Rendered;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => rendered.unmount());

  async function open(managed: unknown = undefined) {
    const fake = fakeEnvironment(managed);
    rendered = await render(<OptionsApp environment={fake.environment} />);
    await settle();
    await settle();
    return fake;
  }

  async function importText(text: string) {
    const input = rendered.find<HTMLInputElement>('[data-pc="pack-file"]');
    const file = new File([text], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await settle(10);
  }

  it('shows managed settings locked, with the reason, and keeps the others editable', async () => {
    await updateSettings({ mode: 'pro', interfaceLanguage: 'it' });
    await open({ settings: { mode: 'learner', rules: { 'no-shouting': { level: 'error' } } }, lockReason: { en: 'Set by Acme IT', it: "Impostato dall'IT di Acme" } });
    const locked = rendered.find<HTMLFieldSetElement>('[data-pc="locked"]');
    expect(locked.disabled).toBe(true);
    expect(locked.textContent).toContain("Motivo: Impostato dall'IT di Acme");
    expect(locked.querySelector<HTMLInputElement>('[data-pc="mode"] input:checked')?.value).toBe('learner');
    expect(rendered.find('[data-pc="managed-notice"]').textContent).toContain('La tua organizzazione gestisce alcune impostazioni');
    expect(rendered.find<HTMLSelectElement>('[data-rule="no-shouting"] select').disabled).toBe(true);
    expect(rendered.find('[data-rule="no-shouting"] [data-pc="rule-lock"]').textContent).toContain('Gestita dalla tua organizzazione');
    expect(rendered.find<HTMLSelectElement>('[data-rule="no-buzzwords"] select').disabled).toBe(false);
    expect(rendered.findAll('[data-pc="interface-language"] input').every((input) => !(input as HTMLInputElement).disabled)).toBe(true);
  });

  it('rejects an invalid pack whole, listing each bad path, and changes nothing', async () => {
    await updateSettings({ bannedTerms: ['Globex'] });
    const { sent } = await open();
    await importText(JSON.stringify({ ...pack, version: 'one', rules: [{ ...pack.rules[0], tokens: [] }] }));
    expect(rendered.findAll('[data-pc="pack-errors"] li').map((item) => item.dataset.path)).toEqual(['version', 'rules[0].tokens']);
    expect(rendered.findAll('[data-pc="pack"]')).toHaveLength(0);
    expect((await loadSettings()).bannedTerms).toEqual(['Globex']);
    expect(sent.some((request) => request.type === 'import-pack')).toBe(true);
  });

  it('imports a valid pack and lists its rules', async () => {
    await open();
    await importText(JSON.stringify(pack));
    expect(rendered.find('[data-pc="pack-status"]').textContent).toContain('"acme"');
    expect(rendered.findAll('[data-pc="pack-rule"]').map((row) => row.dataset.rule)).toEqual(['acme/codenames']);
  });

  it('lists the managed pack, locked, and edits the team terms', async () => {
    await open({ rulePack: JSON.stringify(pack) });
    expect(rendered.find('[data-pc="pack"][data-kind="managed"]').textContent).toContain('acme');
    await changeValue(rendered.find<HTMLTextAreaElement>('[data-pc="preferred-terms-input"]'), 'e-mail -> email\nbad line\nguys → everyone');
    await click(rendered.find('[data-pc="banned-terms-input"]'));
    rendered.find<HTMLTextAreaElement>('[data-pc="preferred-terms-input"]').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await settle(10);
    expect((await loadSettings()).preferredTerms).toEqual({ 'e-mail': 'email', guys: 'everyone' });
  });
});
