import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { practiceProgressStore } from './progress-store';

describe('practice progress store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps done drills as ids under one key, and clears them', async () => {
    await practiceProgressStore.markDone('no-hard-sell.en');
    await practiceProgressStore.markDone('no-teaser.it');
    await practiceProgressStore.markDone('no-hard-sell.en');
    expect(await fakeBrowser.storage.local.get('practice')).toEqual({ practice: { done: ['no-hard-sell.en', 'no-teaser.it'] } });
    expect(await practiceProgressStore.clear()).toEqual({ done: [] });
    expect(await practiceProgressStore.load()).toEqual({ done: [] });
  });

  it('reads a corrupt stored value as nothing done, and drops what is not a drill id', async () => {
    await fakeBrowser.storage.local.set({ practice: 'corrupt' });
    expect(await practiceProgressStore.load()).toEqual({ done: [] });
    await fakeBrowser.storage.local.set({ practice: { done: ['no-teaser.it', 'Buy now!'], draft: 'text' } });
    expect(await practiceProgressStore.load()).toEqual({ done: ['no-teaser.it'] });
    expect(await practiceProgressStore.markDone('no-humblebrag.it')).toEqual({ done: ['no-teaser.it', 'no-humblebrag.it'] });
    expect(await fakeBrowser.storage.local.get('practice')).toEqual({ practice: { done: ['no-teaser.it', 'no-humblebrag.it'] } });
  });
});
