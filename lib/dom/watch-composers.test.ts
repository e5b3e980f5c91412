// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineSite } from '../sites/define-site';
import { findComposers } from './find-composers';
import { readDraft } from './read-draft';
import { watchComposers, type ComposerWatch } from './watch-composers';

const site = defineSite({
  id: 'linkedin',
  platform: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  shadowHosts: 'x-outlet, x-inner',
  findComposers: (root) => findComposers(root, { editors: '.box', shadowRoots: { hosts: 'x-outlet, x-inner' } }),
  readDraft,
  mountPoint: (composer) => composer.parentElement!,
});

let watch: ComposerWatch | undefined;
afterEach(() => {
  watch?.stop();
  document.body.innerHTML = '';
});

/** Lets the observer deliver its records and the throttled scan run. */
const settle = () => vi.advanceTimersByTimeAsync(1_000);

describe('watchComposers', () => {
  it('finds a box rendered into a known shadow root later, with no focus, and loses it when removed', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<x-outlet></x-outlet>`;
    const shadow = document.querySelector('x-outlet')!.attachShadow({ mode: 'open' });
    const found: string[] = [];
    const lost: string[] = [];
    watch = watchComposers(site, { found: (el) => found.push(el.id), lost: (el) => lost.push(el.id) });
    await settle();
    expect(found).toEqual([]);

    shadow.innerHTML = `<div><div id="late" class="box" contenteditable="true"></div></div>`;
    await settle();
    expect(found).toEqual(['late']);

    shadow.innerHTML = '';
    await settle();
    expect(lost).toEqual(['late']);
    vi.useRealTimers();
  });

  it('also watches a nested shadow root that appears inside a known one', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<x-outlet></x-outlet>`;
    const outer = document.querySelector('x-outlet')!.attachShadow({ mode: 'open' });
    const found: string[] = [];
    watch = watchComposers(site, { found: (el) => found.push(el.id), lost: () => {} });
    outer.innerHTML = `<x-inner></x-inner>`;
    const inner = outer.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    await settle();
    inner.innerHTML = `<textarea id="deep" class="box"></textarea>`;
    await settle();
    expect(found).toEqual(['deep']);
    vi.useRealTimers();
  });

  it('does not see boxes in the shadow roots of other elements until they get focus', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<x-unknown></x-unknown>`;
    const shadow = document.querySelector('x-unknown')!.attachShadow({ mode: 'open' });
    const found: string[] = [];
    const unknownSite = defineSite({ ...site, findComposers: (root) => findComposers(root, { editors: '.box', shadowRoots: { hosts: 'x-unknown' } }), shadowHosts: undefined });
    watch = watchComposers(unknownSite, { found: (el) => found.push(el.id), lost: () => {} });
    shadow.innerHTML = `<div id="box" class="box" contenteditable="true"></div>`;
    await settle();
    expect(found).toEqual([]);
    vi.useRealTimers();
  });
});
