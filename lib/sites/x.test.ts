// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import { testSite } from './testing';
import x from './x';

const thread =
  'We cut our release cycle from six weeks to five days. Here is what changed 🧵\n\n' +
  '1/ Every change ships behind a flag, so merging is never the scary part. Thanks @lucia_dev for pushing us there. #buildinpublic';

testSite(x, {
  drafts: ['', thread, '2/ Releases are boring now. That is the point.'],
  publishButtons: ['Post', 'Post all', 'Post all'],
  urls: {
    matching: [
      'https://x.com/home',
      'https://x.com/compose/post',
      'https://x.com/lucia_dev/status/1890000000000000000',
      'https://twitter.com/home',
      'https://mobile.x.com/home',
      'https://mobile.twitter.com/compose/tweet',
    ],
    notMatching: ['https://xx.com/home', 'https://x.company.com/', 'https://developer.x.com.evil.example/'],
  },
});

describe('x specifics', () => {
  it('finds the thread items by index, not the DM composer nor the search box', () => {
    loadFixture('x');
    const testIds = x.findComposers(document).map((el) => el.dataset.testid);
    expect(testIds).toEqual(['tweetTextarea_0', 'tweetTextarea_0', 'tweetTextarea_1']);
  });

  it('mounts beside the Draft.js root, in the rich-text container', () => {
    loadFixture('x');
    const [, first] = x.findComposers(document);
    expect(x.mountPoint(first!).getAttribute('data-testid')).toBe('tweetTextarea_0RichTextInputContainer');
  });

  it('reads the /compose/post textarea fallback', () => {
    document.body.innerHTML = `<div role="dialog"><label data-testid="tweetTextarea_0_label"><textarea aria-label="Post text" spellcheck="true" data-testid="tweetTextarea_0">Short post\n\nwith a blank line</textarea></label><button data-testid="tweetButton">Post</button></div>`;
    const [composer, ...rest] = x.findComposers(document);
    expect(rest).toEqual([]);
    const draft = x.readDraft(composer!);
    expect(draft.text).toBe('Short post\n\nwith a blank line');
    expect(draft.map.kind).toBe('textarea');
    expect(x.publishButton!(composer!)?.textContent).toBe('Post');
  });
});

describe('x, the wrapper of each editor', () => {
  it('is a <label> in the fixture, as on the live site', () => {
    loadFixture('x');
    const wrappers = x.findComposers(document).map((el) => el.closest('[data-testid$="_label"]')?.localName);
    expect(wrappers).toEqual(['label', 'label', 'label']);
  });

  it('reads the textarea of the mobile layout inside a div wrapper', () => {
    document.body.innerHTML = `<div data-testid="tweetTextarea_0"><textarea aria-label="Post text">Mobile draft</textarea></div>`;
    const [composer] = x.findComposers(document);
    expect(composer!.localName).toBe('textarea');
    expect(x.readDraft(composer!).text).toBe('Mobile draft');
  });
});
