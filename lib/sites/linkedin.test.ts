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

describe('linkedin, the newer markup (tests/fixtures/sites/linkedin-share-box-2026.html)', () => {
  const load = () => {
    loadFixture('linkedin-share-box-2026');
    return linkedin.findComposers(document);
  };

  it('finds the TipTap share box in a native <dialog> and the comment box with no form, not the headline field', () => {
    expect(load().map((el) => linkedin.readDraft(el).text)).toEqual([
      'Same for us. The written stand-up also helps the people in other time zones.\n\nHow long are your updates?',
      'We tried a written stand-up for six months. Three things stuck:\n\n' +
        '1. Two lines per person, posted before ten.\n2. Blockers go first.\n3. A call only when a thread passes five replies.',
    ]);
    expect(document.querySelector<HTMLElement>('[aria-labelledby="headline-label"]')!.isContentEditable).toBe(true);
  });

  it('finds the text-only Post button of the share box and the comment button', () => {
    const [comment, post] = load();
    expect(linkedin.publishButton!(post!)?.className).toBe('_7e3b9d10');
    expect(linkedin.publishButton!(comment!)?.textContent).toBe('Comment');
  });

  it('finds the Post button in Italian too, and no button when the text is another', () => {
    const [, post] = load();
    const button = document.querySelector('dialog footer ._7e3b9d10')!;
    button.textContent = ' Pubblica ';
    expect(linkedin.publishButton!(post!)).toBe(button);
    button.textContent = 'Next';
    expect(linkedin.publishButton!(post!)).toBeNull();
  });

  it('leaves out the share box while its <dialog> is closed', () => {
    loadFixture('linkedin-share-box-2026');
    document.querySelector('dialog')!.removeAttribute('open');
    expect(linkedin.findComposers(document).map((el) => el.getAttribute('aria-label'))).toEqual(['Text editor for creating comment']);
  });

  it('mounts outside each editor, beside the TipTap wrapper', () => {
    for (const composer of load()) {
      const mount = linkedin.mountPoint(composer);
      expect(mount.getAttribute('data-testid')).toBe('ui-core-tiptap-text-editor-wrapper');
    }
  });

  it('takes a TipTap field in the interop shadow root only where it is a composer', () => {
    document.body.innerHTML = `<div id="interop-outlet"></div>`;
    document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' }).innerHTML =
      `<div componentkey="aboutSection"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p>About me</p></div></div></div>` +
      `<dialog open><div componentkey="ShareBox_textEditor"><div data-testid="ui-core-tiptap-text-editor-wrapper"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"><p>A post</p></div></div></div><button>Post</button></dialog>`;
    const composers = linkedin.findComposers(document);
    expect(composers.map((el) => linkedin.readDraft(el).text)).toEqual(['A post']);
    expect(linkedin.publishButton!(composers[0]!)?.textContent).toBe('Post');
  });

  it('reads the classic share box on the legacy page inside the interop iframe', () => {
    loadFixture('linkedin-interop-frame-content');
    const [composer, ...rest] = linkedin.findComposers(document);
    expect(rest).toEqual([]);
    expect(linkedin.readDraft(composer!).text).toBe('We are hiring a support engineer in Turin.\n\nHybrid, four days a week, salary range in the listing.');
    expect(linkedin.publishButton!(composer!)?.textContent).toBe('Post');
  });
});
