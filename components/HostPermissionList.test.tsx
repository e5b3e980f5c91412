// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translate';
import { HostPermissionList, type HostPermissions } from './HostPermissionList';
import { coachedSitesList, mastodonList } from './host-lists';
import { changeValue, click, render, settle, submit, type Rendered } from './testing';

/** Permissions that answer like the browser's prompt would, and remember what was asked. */
function fakePermissions(grant: boolean) {
  const requested: string[] = [];
  const removed: string[] = [];
  const permissions: HostPermissions = {
    request: async (origin) => (requested.push(origin), grant),
    remove: async (origin) => (removed.push(origin), true),
  };
  return { permissions, requested, removed };
}

describe('HostPermissionList, as the Mastodon servers', () => {
  let rendered: Rendered;
  afterEach(() => rendered.unmount());

  async function renderList(hosts: string[], grant: boolean, language: 'en' | 'it' = 'en') {
    const fake = fakePermissions(grant);
    const added: string[] = [];
    const dropped: string[] = [];
    rendered = await render(
      <HostPermissionList
        {...mastodonList}
        hosts={hosts}
        permissions={fake.permissions}
        onAdd={async (host) => void added.push(host)}
        onRemove={async (host) => void dropped.push(host)}
        t={translator(language)}
      />,
    );
    return { ...fake, added, dropped };
  }

  async function add(host: string) {
    await changeValue(rendered.find<HTMLInputElement>('[data-pc="mastodon-input"]'), host);
    await submit(rendered.find<HTMLFormElement>('form'));
    await settle();
  }

  const notice = () => rendered.find('[data-pc="mastodon-notice"]');

  it('rejects what is not a host name, in the interface language, without asking for any permission', async () => {
    const { requested, added } = await renderList([], true, 'it');
    await add('not a server');
    expect(notice().textContent).toBe(translator('it')('options.mastodonInvalid', { host: 'not a server' }));
    expect(notice().textContent).toMatch(/^"not a server" non è l'indirizzo di un server\./);
    expect(notice().dataset.kind).toBe('error');
    expect(rendered.find('[data-pc="mastodon-input"]').getAttribute('aria-invalid')).toBe('true');
    expect(requested).toEqual([]);
    expect(added).toEqual([]);
  });

  it('asks for the host permission of a valid server, then adds it', async () => {
    const { requested, added } = await renderList([], true);
    await add('  https://Fosstodon.org/home ');
    expect(requested).toEqual(['https://fosstodon.org/*']);
    expect(added).toEqual(['fosstodon.org']);
    expect(notice().dataset.kind).toBe('done');
    expect(rendered.find<HTMLInputElement>('[data-pc="mastodon-input"]').value).toBe('');
  });

  it('does not add a server whose permission was refused', async () => {
    const { requested, added } = await renderList([], false);
    await add('hachyderm.io');
    expect(requested).toEqual(['https://hachyderm.io/*']);
    expect(added).toEqual([]);
    expect(notice().textContent).toBe('Access to hachyderm.io was not granted, so it was not added.');
  });

  it('refuses a server already there, mastodon.social included', async () => {
    const { requested } = await renderList(['fosstodon.org'], true);
    await add('fosstodon.org');
    expect(notice().textContent).toBe('fosstodon.org is already in the list.');
    await add('mastodon.social');
    expect(notice().textContent).toBe('mastodon.social is already in the list.');
    expect(requested).toEqual([]);
  });

  it('gives the permission back when a server is removed; mastodon.social cannot be', async () => {
    const { removed, dropped } = await renderList(['fosstodon.org'], true);
    expect(rendered.findAll('[data-pc="mastodon-hosts"] li').map((item) => item.dataset.host)).toEqual(['mastodon.social', 'fosstodon.org']);
    expect(rendered.findAll('[data-pc="mastodon-remove"]')).toHaveLength(1);
    await click(rendered.find('[data-pc="mastodon-remove"]'));
    await settle();
    expect(removed).toEqual(['https://fosstodon.org/*']);
    expect(dropped).toEqual(['fosstodon.org']);
    expect(document.activeElement).toBe(rendered.find('[data-pc="mastodon-input"]'));
  });
});

describe('HostPermissionList, as the other sites to coach', () => {
  let rendered: Rendered;
  afterEach(() => rendered.unmount());

  it('asks for the site’s permission, adds it with its own texts, and has no built-in site', async () => {
    const fake = fakePermissions(true);
    const added: string[] = [];
    rendered = await render(
      <HostPermissionList {...coachedSitesList} hosts={[]} permissions={fake.permissions} onAdd={async (host) => void added.push(host)} onRemove={async () => {}} t={translator('it')} />,
    );
    expect(rendered.findAll('[data-pc="coached-sites-hosts"] li')).toEqual([]);
    expect(rendered.find('label').textContent).toBe('Indirizzo del sito');
    await changeValue(rendered.find<HTMLInputElement>('[data-pc="coached-sites-input"]'), 'https://medium.com/new-story');
    await submit(rendered.find<HTMLFormElement>('form'));
    await settle();
    expect(fake.requested).toEqual(['https://medium.com/*']);
    expect(added).toEqual(['medium.com']);
    expect(rendered.find('[data-pc="coached-sites-notice"]').textContent).toBe('medium.com aggiunto. Ricarica le sue schede aperte e Post Coach ne seguirà i riquadri di scrittura.');
  });
});
