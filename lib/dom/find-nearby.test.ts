// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findButtonByText, findNearby } from './find-nearby';

describe('findNearby', () => {
  it('finds the button of the nearest ancestor that has one', () => {
    document.body.innerHTML = `
      <section><div id="one" contenteditable="true"></div><button id="b1" class="send">Post</button></section>
      <section><div><div id="two" contenteditable="true"></div></div><button id="b2" class="send">Post</button></section>`;
    expect(findNearby(document.getElementById('one')!, '.send')?.id).toBe('b1');
    expect(findNearby(document.getElementById('two')!, '.send')?.id).toBe('b2');
  });

  it('does not leave `within`, and finds nothing outside any `within`', () => {
    document.body.innerHTML = `
      <div role="dialog"><div id="inDialog" contenteditable="true"></div></div>
      <div id="outside" contenteditable="true"></div>
      <button class="send">Post</button>`;
    expect(findNearby(document.getElementById('inDialog')!, '.send', '[role="dialog"]')).toBeNull();
    expect(findNearby(document.getElementById('outside')!, '.send', '[role="dialog"]')).toBeNull();
    expect(findNearby(document.getElementById('outside')!, '.send')?.textContent).toBe('Post');
  });

  it('climbs out of a shadow root to the host’s light DOM', () => {
    document.body.innerHTML = `<x-composer><button slot="submit-button">Comment</button></x-composer>`;
    const host = document.querySelector('x-composer')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div><div contenteditable="true"></div></div><slot name="submit-button"></slot>`;
    const editor = root.querySelector<HTMLElement>('[contenteditable]')!;
    expect(findNearby(editor, 'button[slot="submit-button"]', 'x-composer')?.textContent).toBe('Comment');
  });
});

describe('findButtonByText', () => {
  it('finds the button whose whole text is one of the labels, inside the composer\'s container only', () => {
    document.body.innerHTML = `
      <div role="dialog"><div id="editor" contenteditable="true"></div>
        <div role="button">Add to thread</div><div role="button"> Pubblica </div></div>
      <div role="button">Post</div><div id="loose" contenteditable="true"></div>`;
    const labels = new Set(['Post', 'Pubblica']);
    expect(findButtonByText(document.getElementById('editor')!, '[role="dialog"]', '[role="button"]', labels)?.textContent).toBe(' Pubblica ');
    expect(findButtonByText(document.getElementById('loose')!, '[role="dialog"]', '[role="button"]', labels)).toBeNull();
    expect(findButtonByText(document.getElementById('editor')!, '[role="dialog"]', '[role="button"]', new Set(['Teilen']))).toBeNull();
  });
});
