// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import mastodon from './mastodon';
import { testSite } from './testing';

testSite(mastodon, {
  drafts: [
    'Today I learned that the city archive scans old maps on request, for free.\n\n' +
      'You fill in a form, wait two weeks, and get a 600 dpi TIFF.\n\n' +
      'Mine shows our street in 1889, when it was still an orchard. #history #maps',
  ],
  publishButtons: ['Post'],
  urls: {
    matching: ['https://mastodon.social/home', 'https://mastodon.social/@Gargron/1234567890', 'https://mastodon.social/publish'],
    notMatching: ['https://mastodon.online/home', 'https://joinmastodon.org/'],
  },
});

describe('mastodon specifics', () => {
  it('reads the textarea’s value, not the content-warning field nor the search', () => {
    loadFixture('mastodon');
    const composers = mastodon.findComposers(document);
    expect(composers.map((el) => el.localName)).toEqual(['textarea']);
    const textarea = composers[0] as HTMLTextAreaElement;
    textarea.value = 'Edited\n\nafter load';
    expect(mastodon.readDraft(textarea).text).toBe('Edited\n\nafter load');
  });

  it('finds the submit button of older Mastodon versions too', () => {
    document.body.innerHTML = `<form class="compose-form"><div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea">Hi</textarea></div><div class="compose-form__publish"><div class="compose-form__publish-button-wrapper"><button class="button">Toot!</button></div></div></form>`;
    const [composer] = mastodon.findComposers(document);
    expect(mastodon.publishButton!(composer!)?.textContent).toBe('Toot!');
  });
});

describe('mastodon, the redesigned composer (mastodon-redesign.html)', () => {
  it('finds textarea#composer-text and its submit button, with no .compose-form around it, and not the search', () => {
    loadFixture('mastodon-redesign');
    const [composer, ...rest] = mastodon.findComposers(document);
    expect(rest).toEqual([]);
    expect(composer!.id).toBe('composer-text');
    expect(document.querySelector('.compose-form')).toBeNull();
    expect(mastodon.readDraft(composer!).text).toBe('The bike lane on Via Roma is finally connected to the station.\n\nTen minutes from the old town, no cars on the way.');
    expect(mastodon.publishButton!(composer!)?.className).toBe('_submit_c4d8a');
  });

  it('offers no button when the composer is in no form at all', () => {
    document.body.innerHTML = `<form role="search"><button type="submit">Search</button></form><div><textarea id="composer-text">Hi</textarea><button type="submit">Post</button></div>`;
    const [composer] = mastodon.findComposers(document);
    expect(mastodon.publishButton!(composer!)).toBeNull();
  });
});
