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
