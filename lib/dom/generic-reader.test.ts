// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { editableRootOf, looksLikeComposer, MIN_COMPOSER_HEIGHT, MIN_COMPOSER_WIDTH, whyNotAComposer } from './generic-reader';

/** happy-dom has no layout: give the element the size a browser would. */
function sized<T extends HTMLElement>(el: T, width = 500, height = 120): T {
  el.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, width, height, right: width, bottom: height, toJSON: () => ({}) }) as DOMRect;
  el.getClientRects = () => (width || height ? [el.getBoundingClientRect()] : []) as unknown as DOMRectList;
  return el;
}

const make = (html: string) => {
  document.body.innerHTML = html;
  return sized(document.querySelector<HTMLElement>('#box')!);
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the generic reader', () => {
  it('takes a textarea and a contenteditable textbox of a reasonable size', () => {
    expect(looksLikeComposer(make(`<textarea id="box"></textarea>`))).toBe(true);
    expect(looksLikeComposer(make(`<div id="box" contenteditable="true" role="textbox"><p>Hi</p></div>`))).toBe(true);
  });

  it('never takes inputs: one-line fields, search fields, passwords', () => {
    for (const type of ['text', 'search', 'password', 'email']) {
      expect(whyNotAComposer(make(`<input id="box" type="${type}">`)), type).toBe('not-multiline');
    }
  });

  it('leaves out a contenteditable without the textbox role, a paragraph inside an editor, and one-line textboxes', () => {
    expect(whyNotAComposer(make(`<div id="box" contenteditable="true"></div>`))).toBe('not-editable');
    expect(whyNotAComposer(make(`<div contenteditable="true" role="textbox"><p id="box" role="textbox">x</p></div>`))).toBe('not-editable');
    expect(whyNotAComposer(make(`<div id="box" contenteditable="true" role="textbox" aria-multiline="false"></div>`))).toBe('not-multiline');
  });

  it('leaves out read-only and disabled boxes', () => {
    expect(whyNotAComposer(make(`<textarea id="box" readonly></textarea>`))).toBe('not-editable');
    expect(whyNotAComposer(make(`<textarea id="box" disabled></textarea>`))).toBe('not-editable');
    expect(whyNotAComposer(make(`<div id="box" contenteditable="true" role="textbox" aria-readonly="true"></div>`))).toBe('not-editable');
  });

  it('leaves out search boxes however they are marked, in any language', () => {
    expect(whyNotAComposer(make(`<form role="search"><textarea id="box"></textarea></form>`))).toBe('search');
    expect(whyNotAComposer(make(`<search><textarea id="box"></textarea></search>`))).toBe('search');
    expect(whyNotAComposer(make(`<textarea id="box" role="combobox" aria-label="Cerca"></textarea>`))).toBe('search');
    expect(whyNotAComposer(make(`<textarea id="box" enterkeyhint="search"></textarea>`))).toBe('search');
  });

  it('leaves out a search box inside a shadow root whose host is a search landmark', () => {
    document.body.innerHTML = `<div role="search"><x-search></x-search></div>`;
    const shadow = document.querySelector('x-search')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<textarea></textarea>`;
    expect(whyNotAComposer(sized(shadow.querySelector('textarea')!))).toBe('search');
  });

  it('leaves out hidden and tiny boxes', () => {
    document.body.innerHTML = `<textarea id="box"></textarea>`;
    expect(whyNotAComposer(sized(document.querySelector('textarea')!, 0, 0))).toBe('hidden');
    expect(whyNotAComposer(sized(document.querySelector('textarea')!, MIN_COMPOSER_WIDTH - 1, 100))).toBe('too-small');
    expect(whyNotAComposer(sized(document.querySelector('textarea')!, 400, MIN_COMPOSER_HEIGHT - 1))).toBe('too-small');
    expect(whyNotAComposer(make(`<textarea id="box" style="visibility: hidden"></textarea>`))).toBe('hidden');
  });

  it('without layout, does not judge size', () => {
    document.body.innerHTML = `<textarea></textarea>`;
    expect(whyNotAComposer(document.querySelector('textarea')!, { layout: false })).toBeNull();
  });
});

describe('editableRootOf', () => {
  it('climbs from a text node or a paragraph to the editable root', () => {
    document.body.innerHTML = `<div id="root" contenteditable="true" role="textbox"><p><b>Hi</b></p></div>`;
    const root = document.getElementById('root');
    expect(editableRootOf(document.querySelector('b')!.firstChild)).toBe(root);
    expect(editableRootOf(root)).toBe(root);
  });

  it('gives fields themselves, and nothing for other elements', () => {
    document.body.innerHTML = `<textarea></textarea><p>text</p>`;
    expect(editableRootOf(document.querySelector('textarea'))).toBe(document.querySelector('textarea'));
    expect(editableRootOf(document.querySelector('p'))).toBeNull();
    expect(editableRootOf(null)).toBeNull();
  });
});
