import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteIds } from './define-site';
import { siteForUrl, sites } from './registry';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('site registry', () => {
  it('lists exactly the declared sites, each under its own id', () => {
    expect(Object.keys(sites).sort()).toEqual([...siteIds].sort());
    for (const id of siteIds) expect(sites[id].id).toBe(id);
  });

  for (const id of siteIds) {
    it(`${id} has its adapter file, test file and synthetic-page fixture`, () => {
      expect(existsSync(here(`./${id}.ts`))).toBe(true);
      expect(existsSync(here(`./${id}.test.ts`))).toBe(true);
      expect(existsSync(here(`../../tests/fixtures/sites/${id}.html`))).toBe(true);
      expect(sites[id].matches.length).toBeGreaterThan(0);
    });
  }

  it('siteForUrl finds nothing for other pages or malformed addresses', () => {
    expect(siteForUrl('https://example.com/')).toBeUndefined();
    expect(siteForUrl('not a url')).toBeUndefined();
    expect(siteForUrl(new URL('https://bsky.app/'))?.id).toBe('bluesky');
  });

  it('no page belongs to two sites', () => {
    const all = Object.values(sites).flatMap((site) => site.matches);
    expect(new Set(all).size).toBe(all.length);
  });
});
