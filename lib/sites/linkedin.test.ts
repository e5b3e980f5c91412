// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import linkedin from './linkedin';
import { testSite } from './testing';

const post =
  'Three things we learned moving our support team to a four-day week:\n\n' +
  '1. Measure response time, not hours online.\n' +
  '2. Write decisions down; a short note beats a meeting.\n' +
  '3. Protect the fifth day, or it quietly disappears.\n\n' +
  'Thanks to Giulia Bianchi for the numbers. What would you try first? #FutureOfWork';

testSite(linkedin, {
  // The comment box is in the page; the post composer is in #interop-outlet's shadow root.
  drafts: ['Useful list, thank you. Step 4 saved us a week last quarter.\n\nDo you run it for small releases too?', post],
  publishButtons: ['Comment', 'Post'],
  urls: {
    matching: [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/giulia-bianchi/',
      'https://www.linkedin.com/article/new/',
      'https://www.linkedin.com/posts/marco-esposito_launch-checklist-activity-7311111111111111111-AbCd',
    ],
    notMatching: ['https://linkedin.com.evil.example/feed/', 'https://www.linkedin.co/feed/', 'http://www.linkedin.com/feed/'],
  },
});

describe('linkedin specifics', () => {
  it('finds the post composer inside the interop shadow root, and not the messaging box', () => {
    loadFixture('linkedin');
    const composers = linkedin.findComposers(document);
    const host = document.getElementById('interop-outlet')!;
    expect(composers.map((el) => el.getAttribute('aria-label'))).toEqual([
      'Text editor for creating comment',
      'Text editor for creating content',
    ]);
    expect((composers[1]!.getRootNode() as ShadowRoot).host).toBe(host);
  });

  it('mounts the post overlay beside the Quill container, inside the shadow root', () => {
    loadFixture('linkedin');
    const post = linkedin.findComposers(document)[1]!;
    const mount = linkedin.mountPoint(post);
    expect(mount.className).toBe('editor-container');
    expect(mount.getRootNode()).toBe(post.getRootNode());
  });

  it('maps the mention back to its non-editable span', () => {
    loadFixture('linkedin');
    const post = linkedin.findComposers(document)[1]!;
    const draft = linkedin.readDraft(post);
    const start = draft.text.indexOf('Giulia Bianchi');
    const range = draft.map.rangeFor(start, start + 'Giulia Bianchi'.length)!;
    expect(range.toString()).toBe('Giulia Bianchi');
    expect(range.intersectsNode(post.querySelector('.ql-mention')!)).toBe(true);
  });

  it('finds the article editor but not its title', () => {
    document.body.innerHTML = `<div class="article-editor"><textarea aria-label="Title" placeholder="Title"></textarea><div class="ProseMirror" contenteditable="true" role="textbox" aria-label="Article editor content"><h2>Why we write</h2><p>Para one</p><p><br class="ProseMirror-trailingBreak"></p><p>Para three</p></div></div>`;
    const composers = linkedin.findComposers(document);
    expect(composers.map((el) => el.getAttribute('aria-label'))).toEqual(['Article editor content']);
    expect(linkedin.readDraft(composers[0]!).text).toBe('Why we write\nPara one\n\nPara three');
    expect(linkedin.publishButton!(composers[0]!)).toBeNull();
  });

  it('finds the older in-page composer', () => {
    document.body.innerHTML = `<div class="artdeco-modal" role="dialog"><div class="share-creation-state__text-editor"><div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p>Old composer</p></div></div></div><button class="share-actions__primary-action">Post</button></div>`;
    const [composer] = linkedin.findComposers(document);
    expect(linkedin.readDraft(composer!).text).toBe('Old composer');
    expect(linkedin.publishButton!(composer!)?.textContent).toBe('Post');
  });
});
