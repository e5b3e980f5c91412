/**
 * Team rules in the built extension: a rule pack imported in the options page, and an organisation's
 * policy. A test browser cannot be given an enterprise policy without changing the machine, so the
 * service worker's `storage.managed.get` is replaced by one answering with the policy, as a fake
 * managed storage; everything after it (parsing, precedence, locks, the analysis) is the real code.
 */
import { describe, expect } from 'vitest';
import { test } from './fixtures';
import { OverlayDriver, typeAtEnd, waitFor, type ExtensionSession } from './harness';
import { linkedinFeed, postComposer } from './linkedin-draft';

/** The extension API inside the browser, as far as these tests call it. */
declare const chrome: {
  storage: { managed: { get: (...args: unknown[]) => Promise<unknown> }; local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const pack = {
  name: 'acme',
  version: '1.0.0',
  rules: [{ id: 'acme/codenames', type: 'existence', category: 'confidential', level: 'error', tokens: ['Project Bluebird'], message: { en: '"{match}" is an internal codename.', it: '"{match}" è un nome in codice interno.' } }],
};

/** Installs `policy` as what `storage.managed` holds (null: nothing managed), and makes the background read it again. */
async function setManagedPolicy(ext: ExtensionSession, policy: object | null): Promise<void> {
  await ext.worker.evaluate(async (policy) => {
    const area = chrome.storage.managed as { get: (...args: unknown[]) => Promise<unknown>; originalGet?: (...args: unknown[]) => Promise<unknown> };
    area.originalGet ??= area.get.bind(area);
    area.get = policy ? async () => policy : area.originalGet;
    // The background reads the policy again when team storage changes (as it does on a policy change).
    await chrome.storage.local.set({ rulePack: null, policyTouched: Date.now() });
  }, policy);
}

describe('team rules', () => {
  test('an invalid pack is rejected whole, with each bad path shown, and nothing is stored', async ({ ext }) => {
    const options = await ext.openExtensionPage('options.html');
    const bad = { ...pack, version: 'one', rules: [{ ...pack.rules[0], type: 'existance' }, { ...pack.rules[0], id: 'acme/y', tokens: [] }] };
    await options.locator('[data-pc="pack-file"]').setInputFiles({ name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const errors = options.locator('[data-pc="pack-errors"] li');
    await errors.first().waitFor();
    expect(await errors.evaluateAll((items) => items.map((item) => item.getAttribute('data-path')))).toEqual(['version', 'rules[0].type', 'rules[1].tokens']);
    expect(await ext.worker.evaluate(async () => (await chrome.storage.local.get('rulePack')).rulePack ?? null)).toBeNull();

    // A good pack goes in and its rules are listed.
    await options.locator('[data-pc="pack-file"]').setInputFiles({ name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await options.locator('[data-pc="pack-rule"][data-rule="acme/codenames"]').waitFor();
    expect(await options.locator('[data-pc="pack-errors"]').count()).toBe(0);
  });

  test("a managed pack's term is flagged live in the compose box", async ({ ext }) => {
    await setManagedPolicy(ext, { rulePack: JSON.stringify(pack) });
    try {
      ext.serve(linkedinFeed, 'linkedin.html');
      const page = await ext.open(linkedinFeed);
      const overlay = new OverlayDriver(page.locator(postComposer));
      await typeAtEnd(overlay.editor, ' Project Bluebird launches in May.');
      const state = await waitFor('the pack rule in the overlay', () => overlay.state(), (state) => !!state?.findings.some((finding) => finding.rule === 'acme/codenames'), (state) => state?.findings.map((finding) => finding.rule), 20_000);
      const finding = state!.findings.find((item) => item.rule === 'acme/codenames')!;
      expect(finding).toMatchObject({ category: 'confidential', severity: 'error' });
      expect(finding.text).toContain('"Project Bluebird" is an internal codename.');
    } finally {
      await setManagedPolicy(ext, null);
    }
  });

  test('a locked setting is shown with its reason and cannot be changed, not even by a message', async ({ ext }) => {
    await setManagedPolicy(ext, { settings: { mode: 'pro', rules: { 'no-shouting': { level: 'error' } } }, lockReason: { en: 'Set by Acme IT', it: "Impostato dall'IT di Acme" } });
    try {
      const options = await ext.openExtensionPage('options.html');
      const locked = options.locator('[data-pc="locked"]:has([data-pc="mode"])');
      await locked.waitFor();
      expect(await locked.textContent()).toContain('Set by Acme IT');
      const learner = options.locator('[data-pc="mode"] input[value="learner"]');
      expect(await learner.isDisabled()).toBe(true);
      expect(await options.locator('[data-pc="mode"] input[value="pro"]').isChecked()).toBe(true);
      await learner.click({ force: true });
      expect(await options.locator('[data-pc="mode"] input[value="pro"]').isChecked()).toBe(true);
      expect(await options.locator('[data-pc="managed-notice"]').textContent()).toContain('Your organisation manages some settings');

      const level = options.locator('[data-rule="no-shouting"] [data-pc="rule-level"]');
      await level.waitFor();
      expect(await level.isDisabled()).toBe(true);
      expect(await level.inputValue()).toBe('error');
      // The background refuses the change even from the extension's own page.
      const reply = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'set-rule-level', ruleId: 'no-shouting', level: 'off' }));
      expect(reply).toMatchObject({ type: 'error', message: expect.stringContaining('locked') });
      expect(await ext.storedSettings()).toBeUndefined();
    } finally {
      await setManagedPolicy(ext, null);
    }
  });
});
