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
