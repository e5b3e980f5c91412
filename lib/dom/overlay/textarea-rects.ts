/**
 * Where characters of a textarea are on screen. There is no Range inside a textarea, so a hidden
 * mirror copies its box and font, holds the same text, and each span's rectangles are read from a
 * Range over the mirror's text, shifted by the textarea's position and scroll
 * (component/textarea-caret-position's method).
 *
 * One mirror serves every span of a report, and it stays in the overlay's shadow root: placing the
 * marks costs one layout of the text, not one per mark (a 60,000-character draft with 80 findings
 * took over a second of the page's main thread when each mark had a mirror of its own). Each line of
 * the text is a block of its own in the mirror, and a new text replaces only the lines that changed,
 * so after a keystroke the browser lays out again the line typed in, not the whole draft. (A text
 * indent is not copied: in a textarea it indents the first line only, here it would indent each.)
 */
const copied = [
  'box-sizing', 'width', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-style', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'font-style', 'font-variant',
  'font-weight', 'font-stretch', 'font-size', 'font-size-adjust', 'line-height', 'font-family', 'text-align',
  'text-transform', 'text-decoration', 'letter-spacing', 'word-spacing', 'tab-size', 'direction',
] as const;

export interface Span {
  start: number;
  end: number;
}

export class TextareaMirror {
  private mirror: HTMLDivElement | null = null;
  /** The lines of the text the mirror holds, and where each starts in it. */
  private lines: string[] = [];
  private lineStarts: number[] = [];
  private styleKey = '';

  constructor(private readonly host: ShadowRoot) {}

  /**
   * The rectangles of each span (in the order given), cut to the textarea's inside: a span scrolled
   * out of the textarea, or an empty one, gets none.
   */
  rects(textarea: HTMLTextAreaElement, spans: readonly Span[]): DOMRect[][] {
    const mirror = this.update(textarea);
    const box = textarea.getBoundingClientRect();
    const origin = mirror.getBoundingClientRect();
    // Text scrolled out of the textarea is not shown, so neither is its box: each rectangle is cut to
    // the textarea's inside (within its borders), and dropped when nothing of it is left.
    const inside = {
      left: box.left + textarea.clientLeft,
      top: box.top + textarea.clientTop,
      right: box.left + textarea.clientLeft + textarea.clientWidth,
      bottom: box.top + textarea.clientTop + textarea.clientHeight,
    };
    const shiftX = box.left - origin.left - textarea.scrollLeft;
    const shiftY = box.top - origin.top - textarea.scrollTop;
    const length = textarea.value.length;
    const range = document.createRange();
    const blocks = mirror.children;
    return spans.map(({ start, end }) => {
      if (!(start >= 0 && start < end && end <= length)) return [];
      const rects: DOMRect[] = [];
      // A span over several lines is measured line by line: a range across blocks would also give
      // the boxes of the blocks it holds whole.
      for (let line = this.lineAt(start); line < this.lines.length && this.lineStarts[line]! < end; line++) {
        const lineStart = this.lineStarts[line]!;
        const from = Math.max(start, lineStart) - lineStart;
        const to = Math.min(end, lineStart + this.lines[line]!.length) - lineStart;
        if (from >= to) continue; // only the line break itself
        const text = blocks[line]!.firstChild!;
        range.setStart(text, from);
        range.setEnd(text, to);
        for (const rect of range.getClientRects()) {
          const left = Math.max(rect.left + shiftX, inside.left);
          const top = Math.max(rect.top + shiftY, inside.top);
          const right = Math.min(rect.right + shiftX, inside.right);
          const bottom = Math.min(rect.bottom + shiftY, inside.bottom);
          if (right > left && bottom > top) rects.push(new DOMRect(left, top, right - left, bottom - top));
        }
      }
      return rects;
    });
  }

  /** The line holding the character at `offset`. */
  private lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The mirror, with the textarea's current box, font and text (each written only where it changed). */
  private update(textarea: HTMLTextAreaElement): HTMLDivElement {
    if (!this.mirror) {
      this.mirror = document.createElement('div');
      this.mirror.dataset.pc = 'textarea-mirror';
      Object.assign(this.mirror.style, {
        position: 'fixed', visibility: 'hidden', pointerEvents: 'none', top: '0', left: '0', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', overflow: 'hidden',
        // Its layout is its own: the page's layout never walks into it, nor it into the page's.
        contain: 'strict',
      });
    }
    if (!this.mirror.isConnected) this.host.append(this.mirror);
    const style = getComputedStyle(textarea);
    const styleKey = copied.map((property) => style.getPropertyValue(property)).join(';') + `;${textarea.clientHeight}`;
    if (styleKey !== this.styleKey) {
      this.styleKey = styleKey;
      for (const property of copied) this.mirror.style.setProperty(property, style.getPropertyValue(property));
      this.mirror.style.height = `${textarea.clientHeight}px`;
    }
    this.setLines(textarea.value.split('\n'));
    return this.mirror;
  }

  /** Replaces the lines between the unchanged ones at the start and at the end. */
  private setLines(lines: string[]): void {
    const mirror = this.mirror!;
    const old = this.lines;
    let same = 0;
    while (same < old.length && same < lines.length && old[same] === lines[same]) same++;
    let sameAtEnd = 0;
    while (sameAtEnd < old.length - same && sameAtEnd < lines.length - same && old[old.length - 1 - sameAtEnd] === lines[lines.length - 1 - sameAtEnd]) sameAtEnd++;
    for (let i = old.length - sameAtEnd - 1; i >= same; i--) mirror.children[i]!.remove();
    const blocks: HTMLDivElement[] = [];
    for (let i = same; i < lines.length - sameAtEnd; i++) {
      const block = document.createElement('div');
      // An empty line keeps its height with a zero-width space (offsets never reach into it).
      block.textContent = lines[i] || '\u200b';
      blocks.push(block);
    }
    if (blocks.length) {
      const fragment = document.createDocumentFragment();
      fragment.append(...blocks);
      mirror.insertBefore(fragment, mirror.children[same] ?? null);
    }
    this.lines = lines;
    this.lineStarts = new Array<number>(lines.length);
    for (let i = 0, offset = 0; i < lines.length; offset += lines[i]!.length + 1, i++) this.lineStarts[i] = offset;
  }

  /** Takes the mirror, and the draft's text with it, out of the page. */
  clear(): void {
    this.mirror?.remove();
    this.mirror?.replaceChildren();
    this.lines = [];
    this.lineStarts = [];
  }
}
