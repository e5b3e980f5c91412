// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isLeftAlone } from './define-site';
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
