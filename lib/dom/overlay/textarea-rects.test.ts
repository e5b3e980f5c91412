// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextareaMirror } from './textarea-rects';

function setUp(value: string) {
  const textarea = document.createElement('textarea');
  textarea.value = value;
  const host = document.createElement('div');
  document.body.append(textarea, host);
  const root = host.attachShadow({ mode: 'open' });
  const mirror = new TextareaMirror(root);
  const blocks = () => [...root.querySelector('[data-pc="textarea-mirror"]')!.children];
  return { textarea, root, mirror, blocks };
}

describe('the mirror that places marks in a textarea', () => {
  it('holds one block per line, an empty line kept by a zero-width space', () => {
    const { textarea, mirror, blocks } = setUp('First line.\n\nThird line.');
    mirror.rects(textarea, []);
    expect(blocks().map((block) => block.textContent)).toEqual(['First line.', '\u200b', 'Third line.']);
  });

  it('replaces only the lines that changed, so a keystroke lays out one line again, not the draft', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `Line ${i} of a long draft.`);
    const { textarea, mirror, blocks } = setUp(lines.join('\n'));
    mirror.rects(textarea, []);
    const before = blocks();
    lines[120] += ' And a word';
    textarea.value = lines.join('\n');
    mirror.rects(textarea, []);
    const after = blocks();
    expect(after.map((block) => block.textContent)).toEqual(lines);
    expect(after.filter((block, i) => block !== before[i]).map((block) => block.textContent)).toEqual([lines[120]]);

    // Lines added and removed in the middle, and at both ends.
    for (const next of [[...lines.slice(0, 50), 'new', 'lines', ...lines.slice(60)], ['start', ...lines, 'end'], lines.slice(1, -1), ['only one']]) {
      textarea.value = next.join('\n');
      mirror.rects(textarea, []);
      expect(blocks().map((block) => block.textContent)).toEqual(next);
    }
  });

  it('gives no rectangles to an empty span or one outside the text, and takes the text out of the page when cleared', () => {
    const { textarea, root, mirror } = setUp('Buy now!');
    expect(mirror.rects(textarea, [{ start: 3, end: 3 }, { start: 4, end: 40 }, { start: -1, end: 2 }])).toEqual([[], [], []]);
    mirror.clear();
    expect(root.querySelector('[data-pc="textarea-mirror"]')).toBeNull();
  });
});
