// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import bluesky from './bluesky';
import { testSite } from './testing';

testSite(bluesky, {
  drafts: [
    'Our library now lends tools as well as books: drills, ladders, even a sewing machine.\n\n' +
      'Huge thanks to @alice.bsky.social who catalogued all 140 of them. Opening hours are on the website.',
    'What should we add next?',
  ],
  publishButtons: ['Post all', 'Post all'],
  urls: {
    matching: ['https://bsky.app/', 'https://bsky.app/profile/alice.bsky.social/post/3kabc', 'https://bsky.app/search?q=library'],
    notMatching: ['https://bsky.social/', 'https://staging.bsky.app/'],
  },
});

describe('bluesky specifics', () => {
  it('reads the mention as its handle and maps it to the mention node', () => {
    loadFixture('bluesky');
    const [first] = bluesky.findComposers(document);
    const draft = bluesky.readDraft(first!);
    const start = draft.text.indexOf('@alice');
    const range = draft.map.rangeFor(start, start + '@alice.bsky.social'.length)!;
    expect(range.toString()).toBe('@alice.bsky.social');
    expect(range.intersectsNode(first!.querySelector('[data-type="mention"]')!)).toBe(true);
  });

  it('mounts beside the TipTap editor, not in it', () => {
    loadFixture('bluesky');
    const [first] = bluesky.findComposers(document);
    expect(bluesky.mountPoint(first!).className).toBe('react-editor');
  });
});
