// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findComposers, openShadowRoots } from './find-composers';

beforeEach(() => {
  document.body.innerHTML = '';
});

const ids = (els: Element[]) => els.map((el) => el.id);

describe('findComposers', () => {
  it('finds contenteditable editors and textareas, not search inputs or plain text', () => {
    document.body.innerHTML = `
      <input id="search" type="search" class="box">
      <div id="rich" class="box" contenteditable="true"><p>hi</p></div>
      <textarea id="plain" class="box"></textarea>
      <div id="static" class="box"><p>not editable</p></div>`;
    expect(ids(findComposers(document, { editors: '.box' }))).toEqual(['rich', 'plain']);
  });

  it('leaves out hidden boxes, whatever hides them, and read-only ones', () => {
    document.body.innerHTML = `
      <div hidden><div id="a" class="box" contenteditable="true"></div></div>
      <div aria-hidden="true"><div id="b" class="box" contenteditable="true"></div></div>
      <div inert><textarea id="c" class="box"></textarea></div>
      <div style="display: none"><textarea id="d" class="box"></textarea></div>
      <textarea id="e" class="box" readonly></textarea>
      <textarea id="f" class="box" disabled></textarea>
      <div id="g" class="box" contenteditable="false"></div>
      <div id="h" class="box" contenteditable="true" aria-readonly="true"></div>
      <div id="visible" class="box" contenteditable="true"></div>`;
    expect(ids(findComposers(document, { editors: '.box' }))).toEqual(['visible']);
  });

  it('skips boxes matching or inside `exclude`', () => {
    document.body.innerHTML = `
      <div id="post" class="box" contenteditable="true"></div>
      <div id="dm" class="box" contenteditable="true" aria-label="Message"></div>
      <div class="chat"><div id="chat" class="box" contenteditable="true"></div></div>`;
    expect(ids(findComposers(document, { editors: '.box', exclude: '[aria-label="Message"], .chat' }))).toEqual(['post']);
  });

  it('skips boxes for which `excludeWhen` holds', () => {
    document.body.innerHTML = `<div id="keep" class="box" contenteditable="true"></div><div id="drop" class="box" contenteditable="true"></div>`;
    expect(ids(findComposers(document, { editors: '.box', excludeWhen: (box) => box.id === 'drop' }))).toEqual(['keep']);
  });

  it('finds nothing on the paths of `excludePaths`, and the boxes elsewhere', () => {
    document.body.innerHTML = `<div id="box" class="box" contenteditable="true"></div>`;
    const query = { editors: '.box', excludePaths: ['/direct/', '/messages/'] };
    history.replaceState(null, '', '/direct/t/1234/');
    expect(findComposers(document, query)).toEqual([]);
    history.replaceState(null, '', '/messages/t/99/');
    expect(findComposers(document, query)).toEqual([]);
    history.replaceState(null, '', '/p/abc/?next=/direct/');
    expect(ids(findComposers(document, query))).toEqual(['box']);
    history.replaceState(null, '', '/');
  });

  it('leaves out a box in a closed native <dialog>, and finds it once the dialog is open', () => {
    document.body.innerHTML = `<dialog><div id="box" class="box" contenteditable="true"></div></dialog>`;
    expect(findComposers(document, { editors: '.box' })).toEqual([]);
    document.querySelector('dialog')!.setAttribute('open', '');
    expect(ids(findComposers(document, { editors: '.box' }))).toEqual(['box']);
  });

  it('lists the open shadow roots of the hosts named, nested ones too, each once', () => {
    document.body.innerHTML = `<x-host id="a"></x-host><x-other id="b"></x-other>`;
    const outer = document.getElementById('a')!.attachShadow({ mode: 'open' });
    outer.innerHTML = `<x-host id="nested"></x-host>`;
    const nested = outer.getElementById('nested')!.attachShadow({ mode: 'open' });
    document.getElementById('b')!.attachShadow({ mode: 'open' });
    expect(openShadowRoots(document, 'x-host')).toEqual([outer, nested]);
    expect(openShadowRoots(document.getElementById('a')!, 'x-host')).toEqual([outer, nested]);
  });

  it('searches the open shadow roots of the hosts named, nested ones too, with their own selector', () => {
    document.body.innerHTML = `<div id="light" class="box" contenteditable="true"></div><x-host id="outer"></x-host><x-other id="other"></x-other>`;
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = `<div id="shadowed" class="inner" contenteditable="true"></div><x-host id="nested"></x-host>`;
    outer.getElementById('nested')!.attachShadow({ mode: 'open' }).innerHTML = `<textarea id="deep" class="inner"></textarea>`;
    document.getElementById('other')!.attachShadow({ mode: 'open' }).innerHTML = `<div id="ignored" class="inner box" contenteditable="true"></div>`;
    const found = findComposers(document, { editors: '.box', shadowRoots: { hosts: 'x-host', editors: '.inner' } });
    expect(ids(found)).toEqual(['light', 'shadowed', 'deep']);
  });

  it('searches the shadow root of the root itself when it is a host', () => {
    document.body.innerHTML = `<x-host id="host"></x-host>`;
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = `<div id="inside" class="box" contenteditable="true"></div>`;
    expect(ids(findComposers(host, { editors: '.box', shadowRoots: { hosts: 'x-host' } }))).toEqual(['inside']);
  });

  it('a hidden shadow host hides the boxes in its shadow root', () => {
    document.body.innerHTML = `<x-host hidden></x-host>`;
    document.querySelector('x-host')!.attachShadow({ mode: 'open' }).innerHTML = `<div class="box" contenteditable="true"></div>`;
    expect(findComposers(document, { editors: '.box', shadowRoots: { hosts: 'x-host' } })).toEqual([]);
  });

  it('returns each box once, and only the outermost of nested matches', () => {
    document.body.innerHTML = `<div id="outer" class="box alt" contenteditable="true"><p id="inner" class="box">x</p></div>`;
    expect(ids(findComposers(document, { editors: '.box, .alt' }))).toEqual(['outer']);
  });
});
