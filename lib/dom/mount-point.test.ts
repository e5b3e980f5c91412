// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountPointFor } from './mount-point';

function build(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[contenteditable], textarea')!;
}

describe('mountPointFor', () => {
  it('Draft.js: the parent of .DraftEditor-root', () => {
    const editor = build(
      '<div id="mount"><div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div contenteditable="true"></div></div></div></div>',
    );
    expect(mountPointFor(editor).id).toBe('mount');
  });

  it('Quill: the parent of .ql-container', () => {
    const editor = build('<div id="mount"><div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div></div>');
    expect(mountPointFor(editor).id).toBe('mount');
  });

  it('Lexical, ProseMirror and textareas: the editor’s parent', () => {
    expect(mountPointFor(build('<div id="mount"><div contenteditable="true" data-lexical-editor="true"></div></div>')).id).toBe('mount');
    expect(mountPointFor(build('<div id="mount"><textarea></textarea></div>')).id).toBe('mount');
  });

  it('a site wrapper wins: the parent of that wrapper', () => {
    const editor = build('<form id="mount"><x-composer><div><div contenteditable="true"></div></div></x-composer></form>');
    expect(mountPointFor(editor, 'x-composer').id).toBe('mount');
  });

  it('a site wrapper is found across a shadow boundary', () => {
    document.body.innerHTML = '<form id="mount"><x-composer></x-composer></form>';
    const root = document.querySelector('x-composer')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><textarea></textarea></div>';
    expect(mountPointFor(root.querySelector('textarea')!, 'x-composer').id).toBe('mount');
  });

  it('an editor at the top of a shadow root mounts beside its host', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div contenteditable="true"></div>';
    expect(mountPointFor(root.firstElementChild as HTMLElement)).toBe(host);
  });

  it('is never the editor nor inside it', () => {
    const editor = build('<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>x</p></div></div>');
    const mount = mountPointFor(editor);
    expect(mount === editor || editor.contains(mount)).toBe(false);
  });
});
