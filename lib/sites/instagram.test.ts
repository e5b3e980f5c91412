// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import instagram from './instagram';
import { testSite } from './testing';

testSite(instagram, {
  drafts: [
    'Behind the scenes of our spring shoot: one roll of film, three hours, and a very patient dog.\n\n' +
      'Swipe to see the shot we almost threw away. #filmphotography #bts',
  ],
  publishButtons: ['Share'],
  urls: {
    matching: ['https://www.instagram.com/', 'https://www.instagram.com/studio.vela/', 'https://www.instagram.com/create/details/'],
    notMatching: ['https://instagram.com.evil.example/', 'https://www.threads.com/'],
  },
});

describe('instagram specifics', () => {
  it('finds the caption, not the comment field nor the search', () => {
    loadFixture('instagram');
    const labels = instagram.findComposers(document).map((el) => el.getAttribute('aria-label'));
    expect(labels).toEqual(['Write a caption...']);
  });

  it('finds the caption of older builds, a textarea', () => {
    document.body.innerHTML = `<div role="dialog"><textarea aria-label="Write a caption…" placeholder="Write a caption…">First line\n\nThird line</textarea></div>`;
    const [composer] = instagram.findComposers(document);
    expect(instagram.readDraft(composer!).text).toBe('First line\n\nThird line');
  });

  it('finds a caption editor in another UI language by its place in the dialog', () => {
    document.body.innerHTML = `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Scrivi una didascalia..."><p><br></p></div></div>`;
    expect(instagram.findComposers(document)).toHaveLength(1);
  });
});

describe('instagram, direct messages', () => {
  it('finds nothing under /direct/ (instagram-direct.html), though the dialog holds a Lexical box', () => {
    loadFixture('instagram-direct');
    expect(instagram.findComposers(document)).toHaveLength(1);
    history.replaceState(null, '', '/direct/t/340282366841710300949128/');
    try {
      expect(instagram.findComposers(document)).toEqual([]);
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('leaves out a chat box with the "Aa" placeholder elsewhere, whatever its label', () => {
    document.body.innerHTML = `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Nachricht" aria-placeholder="Aa"><p><br></p></div></div>`;
    expect(instagram.findComposers(document)).toEqual([]);
  });
});
