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

describe('bluesky, the newest composer', () => {
  it('finds the TipTap 3 editor, which has no "Rich-Text Editor" label (bluesky-tiptap3.html)', () => {
    loadFixture('bluesky-tiptap3');
    const composers = bluesky.findComposers(document);
    expect(composers.map((el) => el.getAttribute('aria-label'))).toEqual([null]);
    expect(bluesky.readDraft(composers[0]!).text).toBe('We repaired 31 bikes at the Saturday workshop.\n\nBring yours next month; tools and coffee are on us.');
    expect(bluesky.publishButton!(composers[0]!)?.dataset.testid).toBe('composerPublishBtn');
  });

  it('finds the fallback textarea shown while the editor loads (bluesky-fallback-input.html)', () => {
    loadFixture('bluesky-fallback-input');
    const [composer, ...rest] = bluesky.findComposers(document);
    expect(rest).toEqual([]);
    const draft = bluesky.readDraft(composer!);
    expect(draft.map.kind).toBe('textarea');
    expect(draft.text).toBe('Trail report: the river path is open again after the floods.\n\nThe wooden bridge is new, the benches are not back yet.');
    expect(bluesky.publishButton!(composer!)?.textContent).toBe('Post');
    expect(bluesky.mountPoint(composer!).className).toBe('css-175oi2r');
  });
});
