// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isLeftAlone, isPublishKey } from './define-site';
import { sites } from './registry';

afterEach(() => history.replaceState(null, '', '/'));

const box = (html: string) => {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('#box')!;
};

describe('isLeftAlone: boxes a site uses for something other than posts', () => {
  it('by the box itself or what is around it', () => {
    expect(isLeftAlone(sites.facebook, box(`<div id="box" contenteditable="true" role="textbox" aria-placeholder="Aa"></div>`))).toBe(true);
    expect(isLeftAlone(sites.linkedin, box(`<form class="msg-form"><div id="box" contenteditable="true" role="textbox"></div></form>`))).toBe(true);
    expect(isLeftAlone(sites.reddit, box(`<textarea id="box" name="title"></textarea>`))).toBe(true);
    expect(isLeftAlone(sites.facebook, box(`<div id="box" contenteditable="true" role="textbox" aria-placeholder="Scrivi qualcosa…"></div>`))).toBe(false);
  });

  it('by the page it is on', () => {
    const textarea = box(`<textarea id="box"></textarea>`);
    history.replaceState(null, '', '/direct/t/1/');
    expect(isLeftAlone(sites.instagram, textarea)).toBe(true);
    expect(isLeftAlone(sites.facebook, textarea)).toBe(false);
    history.replaceState(null, '', '/messaging/thread/2/');
    expect(isLeftAlone(sites.linkedin, textarea)).toBe(true);
  });

  it('by a test a selector cannot express: LinkedIn’s profile fields share the composers’ TipTap wrapper', () => {
    const wrapper = (context: string) =>
      box(`<div ${context}><div data-testid="ui-core-tiptap-text-editor-wrapper"><div id="box" class="tiptap ProseMirror" contenteditable="true" role="textbox"></div></div></div>`);
    expect(isLeftAlone(sites.linkedin, wrapper('componentkey="profileAboutEditor"'))).toBe(true);
    expect(isLeftAlone(sites.linkedin, wrapper('componentkey="ShareBox_textEditor"'))).toBe(false);
    expect(isLeftAlone(sites.linkedin, wrapper('componentkey="commentBox-urn:li:activity:1"'))).toBe(false);
  });

  it('a site that declares nothing leaves nothing alone', () => {
    expect(sites.mastodon.notComposers).toBeUndefined();
    expect(isLeftAlone(sites.mastodon, box(`<textarea id="box"></textarea>`))).toBe(false);
  });
});

describe('isPublishKey: the key presses that publish from a compose box', () => {
  const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

  it('Ctrl+Enter or Cmd+Enter where the site publishes with it, not Enter alone, Shift or Alt added, nor during IME composition', () => {
    const editor = box(`<div id="box" contenteditable="true"></div>`);
    expect(isPublishKey(sites.x, editor, press({ ctrlKey: true }))).toBe(true);
    expect(isPublishKey(sites.mastodon, editor, press({ metaKey: true }))).toBe(true);
    expect(isPublishKey(sites.x, editor, press({}))).toBe(false);
    expect(isPublishKey(sites.x, editor, press({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isPublishKey(sites.x, editor, press({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isPublishKey(sites.x, editor, press({ ctrlKey: true, isComposing: true }))).toBe(false);
    expect(isPublishKey(sites.x, editor, new KeyboardEvent('keydown', { key: 'a', ctrlKey: true }))).toBe(false);
    // Enter in an Instagram caption or a Reddit comment is a new line.
    expect(isPublishKey(sites.instagram, editor, press({}))).toBe(false);
    expect(isPublishKey(sites.reddit, editor, press({ ctrlKey: true }))).toBe(false);
  });

  it('Enter alone in a Facebook comment box, not in the status composer, and never Shift+Enter', () => {
    const comment = box(`<form><div id="box" contenteditable="true" role="textbox"></div></form>`);
    expect(isPublishKey(sites.facebook, comment, press({}))).toBe(true);
    expect(isPublishKey(sites.facebook, comment, press({ shiftKey: true }))).toBe(false);
    const status = box(`<div role="dialog"><div id="box" contenteditable="true" role="textbox"></div></div>`);
    expect(isPublishKey(sites.facebook, status, press({}))).toBe(false);
  });
});
