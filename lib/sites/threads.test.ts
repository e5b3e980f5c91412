// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import { testSite } from './testing';
import threads from './threads';

testSite(threads, {
  drafts: [
    'I stopped writing weekly plans and started writing weekly questions.\n\n' +
      'This week: what would make Friday feel calm? The answer was one unread inbox, not ten tasks done.',
    'What question would you ask yourself?',
  ],
  publishButtons: ['Post', 'Post'],
  urls: {
    matching: ['https://www.threads.com/', 'https://www.threads.net/@giulia.writes', 'https://www.threads.com/@giulia.writes/post/C8xYz'],
    notMatching: ['https://threads.example.com/', 'https://www.threads.org/'],
  },
});

describe('threads specifics', () => {
  it('does not take the "What\'s new?" opener for an editor', () => {
    loadFixture('threads');
    const composers = threads.findComposers(document);
    expect(composers.every((el) => el.closest('[role="dialog"]'))).toBe(true);
  });
});

describe('threads, the current markup (threads-no-lexical.html)', () => {
  it('finds an inline reply box that has no data-lexical-editor attribute', () => {
    loadFixture('threads-no-lexical');
    const [composer, ...rest] = threads.findComposers(document);
    expect(rest).toEqual([]);
    expect(composer!.hasAttribute('data-lexical-editor')).toBe(false);
    expect(composer!.closest('[role="dialog"]')).toBeNull();
    expect(threads.readDraft(composer!).text).toBe('A plain squared one.\n\nThe fancy ones made me afraid to write badly.');
  });

  it('finds nothing on the direct-message pages', () => {
    loadFixture('threads-no-lexical');
    history.replaceState(null, '', '/messages/t/1234567');
    try {
      expect(threads.findComposers(document)).toEqual([]);
    } finally {
      history.replaceState(null, '', '/');
    }
    expect(threads.findComposers(document)).toHaveLength(1);
  });
});
