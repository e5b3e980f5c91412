// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import facebook from './facebook';
import { testSite } from './testing';

const comment = 'Congratulations! Ten years of the best cornetti in town 🥐\n\nSee you Saturday.';
const status =
  'We are hiring two bakers for the new shop in Bologna.\n\n' +
  'Early shifts, fair pay, and all the focaccia you can eat. Giorgia Conti leads the team.\n' +
  'Know someone? Send them our way.';

testSite(facebook, {
  drafts: [comment, status],
  // Comments are sent with Enter: only the dialog has a Post button.
  publishButtons: [null, 'Post'],
  urls: {
    matching: [
      'https://www.facebook.com/',
      'https://www.facebook.com/groups/123456789/',
      'https://web.facebook.com/luca.ferri/posts/pfbid02abc',
    ],
    notMatching: ['https://www.messenger.com/t/100001', 'https://facebook.com.evil.example/'],
  },
});

describe('facebook specifics', () => {
  it('leaves out the Messenger chat box', () => {
    loadFixture('facebook');
    const labels = facebook.findComposers(document).map((el) => el.getAttribute('aria-label'));
    expect(labels).toEqual(['Comment as Ana Rossi', "What's on your mind, Ana?"]);
  });

  it('reads the emoji image as its alt text and maps it to the image', () => {
    loadFixture('facebook');
    const [commentBox] = facebook.findComposers(document);
    const draft = facebook.readDraft(commentBox!);
    const emoji = draft.text.indexOf('🥐');
    const range = draft.map.rangeFor(emoji, emoji + '🥐'.length)!;
    expect(range.toString()).toBe('');
    expect(range.intersectsNode(commentBox!.querySelector('img')!)).toBe(true);
    expect(draft.map.rangeFor(0, emoji - 1)!.toString()).toBe('Congratulations! Ten years of the best cornetti in town');
    const last = draft.text.indexOf('See');
    expect(draft.map.rangeFor(last, draft.text.length)!.toString()).toBe('See you Saturday.');
  });
});

describe('facebook, chat boxes in any language', () => {
  it('leaves out a Messenger chat box by its "Aa" placeholder, whatever its label says', () => {
    loadFixture('facebook');
    const chat = document.querySelector('[aria-placeholder="Aa"]')!;
    chat.setAttribute('aria-label', 'Nachricht');
    expect(facebook.findComposers(document)).not.toContain(chat);
    expect(facebook.findComposers(document)).toHaveLength(2);
  });

  it('finds nothing on the Messenger inbox under /messages/ (facebook-messages.html), in Italian', () => {
    loadFixture('facebook-messages');
    expect(facebook.findComposers(document)).toHaveLength(1);
    history.replaceState(null, '', '/messages/t/100001234567890/');
    try {
      expect(facebook.findComposers(document)).toEqual([]);
    } finally {
      history.replaceState(null, '', '/');
    }
  });
});
