/**
 * Reads the draft in a compose box as plain text, with a map from text offsets back to the DOM.
 *
 * One reader serves every editor (Quill, Draft.js, Lexical, ProseMirror/TipTap, plain
 * contenteditable, textarea). It walks the editor's nodes once, as Harper's lint framework does per
 * block: paragraphs and lines become "\n", and every character of the
 * result remembers where it came from, so a finding's span can be highlighted with a DOM `Range`.
 * It only reads: nothing in the page is changed.
 */

/** A boundary point in the DOM, as taken by `Range.setStart`. */
export interface DomPosition {
  node: Node;
  offset: number;
}

/** Map for a contenteditable editor. */
export interface RichTextMap {
  kind: 'contenteditable';
  /**
   * The boundary point just before the character at `offset` (`offset === text.length`: just after
   * the last character). Null when `offset` is outside the text.
   */
  positionOf(offset: number): DomPosition | null;
  /**
   * A range covering exactly the characters `[start, end)`. Synthetic characters (a line break
   * between blocks) contribute no DOM text; an emoji image read as its alt text is covered whole.
   * Null when the offsets are outside the text or the DOM changed since it was read.
   */
  rangeFor(start: number, end: number): Range | null;
}

/** Map for a textarea: text offsets are offsets into its `value`; no `Range` exists inside it. */
export interface TextFieldMap {
  kind: 'textarea';
  element: HTMLTextAreaElement;
  /** The same offset into `element.value`, or null when outside it. */
  positionOf(offset: number): number | null;
  /** Always null: highlight textareas with a mirror element instead. */
  rangeFor(start: number, end: number): null;
}

export type OffsetMap = RichTextMap | TextFieldMap;

/** A compose box's text, paragraphs and line breaks as "\n", and where each character lives. */
export interface DraftText {
  text: string;
  map: OffsetMap;
}

export function readDraft(editor: HTMLElement): DraftText {
  if (editor.localName === 'textarea') return readTextField(editor as HTMLTextAreaElement);
  return readRichText(editor);
}

function readTextField(element: HTMLTextAreaElement): DraftText {
  const text = element.value;
  return {
    text,
    map: {
      kind: 'textarea',
      element,
      positionOf: (offset) => (Number.isInteger(offset) && offset >= 0 && offset <= text.length ? offset : null),
      rangeFor: () => null,
    },
  };
}

// Elements that start a new line. A tag list rather than computed style: getComputedStyle on
// every element would be far slower, and editors only use these tags for lines.
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Never text, whatever they contain (an svg's <title> is a tooltip, a <button> is a widget).
const ignoredTags = new Set([
  'audio', 'button', 'canvas', 'iframe', 'input', 'noscript', 'object', 'script', 'select',
  'style', 'svg', 'template', 'textarea', 'video',
]);

// Characters editors insert as cursor anchors, not typed by the user: zero-width space (Lexical,
// Draft.js) and BOM/zero-width no-break space (quill-mention pads mentions with it). ZWJ and ZWNJ
// are kept: they are part of emoji sequences and of Persian or Indic words.
const editorFiller = /[\u200B\uFEFF]/;
const editorFillerGlobal = /[\u200B\uFEFF]+/g;

// Whitespace made by the HTML source's indentation between blocks, never shown by an editor.
const sourceWhitespace = /^[ \t\n\r\f]+$/;

const SegmentKind = {
  /** Characters of a text node, from `nodeOffset` on. */
  Text: 0,
  /** A `<br>` read as "\n" or an `<img>` read as its alt text: the range covers the element. */
  Element: 1,
  /** The "\n" between two lines that come from different blocks: no DOM text of its own. */
  LineBreak: 2,
} as const;
type SegmentKind = (typeof SegmentKind)[keyof typeof SegmentKind];

const mentionClass = /mention|hashtag/i;

/**
 * Widgets marked contenteditable=false are not text (embedded cards, decorator nodes), except
 * mentions and hashtags: ProseMirror marks every inline atom, TipTap's mention included, as
 * non-editable, and quill-mention wraps the name in a non-editable span inside `.mention`.
 */
function isMentionLike(el: Element): boolean {
  for (const candidate of [el, el.parentElement]) {
    if (!candidate) continue;
    if (candidate.getAttribute('data-type') === 'mention' || candidate.hasAttribute('data-mention')) return true;
    if (mentionClass.test(candidate.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function isSkipped(el: Element): boolean {
  if (ignoredTags.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Draft.js renders its placeholder inside the editor root in some versions.
  if ((el.getAttribute('class') ?? '').includes('DraftEditorPlaceholder')) return true;
  return el.getAttribute('contenteditable') === 'false' && !isMentionLike(el);
}

function isBlock(node: Node | null): boolean {
  return node !== null && node.nodeType === Node.ELEMENT_NODE && blockTags.has((node as Element).localName);
}

function readRichText(root: HTMLElement): DraftText {
  // Segments, as parallel arrays: segment i covers text[starts[i], starts[i+1]).
  const starts: number[] = [];
  const kinds: SegmentKind[] = [];
  const nodes: Node[] = [];
  const nodeOffsets: number[] = [];
  let text = '';

  // Line state. A line is open once something on it (text, image, <br>, an empty block) was seen;
  // the "\n" that separates it from the previous line is emitted only then, so nested and empty
  // wrappers never produce stray newlines, while each empty paragraph is one empty line.
  let lineOpen = false;
  let lineEnded = false;
  let linesStarted = 0;
  // A <br> is a line break only if something follows it on its line: a <br> that ends a block is
  // the placeholder editors put in empty paragraphs (Quill, Lexical `<p><br></p>`, Draft.js
  // `<br data-text>`, ProseMirror's trailing break), so it is held until something follows.
  let pendingBreak: Element | null = null;

  const push = (kind: SegmentKind, node: Node, nodeOffset: number, chars: string) => {
    starts.push(text.length);
    kinds.push(kind);
    nodes.push(node);
    nodeOffsets.push(nodeOffset);
    text += chars;
  };
  const startLine = (node: Node) => {
    if (lineOpen) return;
    if (lineEnded) push(SegmentKind.LineBreak, node, 0, '\n');
    lineOpen = true;
    lineEnded = false;
    linesStarted++;
  };
  const endLine = () => {
    pendingBreak = null;
    if (!lineOpen) return;
    lineOpen = false;
    lineEnded = true;
  };
  const beforeContent = (node: Node) => {
    startLine(node);
    if (pendingBreak) {
      push(SegmentKind.Element, pendingBreak, 0, '\n');
      pendingBreak = null;
    }
  };

  const readText = (node: Text) => {
    const data = node.data;
    if (data.length === 0) return;
    if (sourceWhitespace.test(data) && (isBlock(node.previousSibling) || isBlock(node.nextSibling))) return;
    if (!editorFiller.test(data)) {
      beforeContent(node);
      push(SegmentKind.Text, node, 0, data);
      return;
    }
    let from = 0;
    for (const filler of data.matchAll(editorFillerGlobal)) {
      if (filler.index > from) {
        beforeContent(node);
        push(SegmentKind.Text, node, from, data.slice(from, filler.index));
      }
      from = filler.index + filler[0].length;
    }
    if (from < data.length) {
      beforeContent(node);
      push(SegmentKind.Text, node, from, data.slice(from));
    }
  };

  // Iterative pre-order walk with explicit exits, so blocks can close their line: one visit per
  // node, no recursion limit, no per-node callbacks.
  const blockStack: number[] = []; // linesStarted when each open block was entered; -1: not a block
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      readText(node as Text);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (!isSkipped(el)) {
        const tag = el.localName;
        if (tag === 'br') {
          startLine(el);
          if (pendingBreak) push(SegmentKind.Element, pendingBreak, 0, '\n');
          pendingBreak = el;
        } else if (tag === 'img') {
          const alt = el.getAttribute('alt') ?? '';
          if (alt) {
            beforeContent(el);
            push(SegmentKind.Element, el, 0, alt);
          }
        } else if (blockTags.has(tag)) {
          endLine();
          if (el.firstChild) {
            blockStack.push(linesStarted);
            descend = true;
          } else {
            startLine(el); // an empty block is an empty line
            endLine();
          }
        } else if (el.firstChild) {
          blockStack.push(-1);
          descend = true;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node === root || !node) break;
      const enteredAt = blockStack.pop()!;
      if (enteredAt >= 0) {
        if (linesStarted === enteredAt) startLine(node); // nothing inside: an empty line
        endLine();
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }

  return { text, map: richTextMap(root, text, starts, kinds, nodes, nodeOffsets) };
}

function richTextMap(
  root: HTMLElement,
  text: string,
  starts: number[],
  kinds: SegmentKind[],
  nodes: Node[],
  nodeOffsets: number[],
): RichTextMap {
  const count = starts.length;

  /** Index of the segment holding the character at `offset` (0 <= offset < text.length). */
  const segmentAt = (offset: number): number => {
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  const beside = (el: Node, after: boolean): DomPosition => {
    const parent = el.parentNode!;
    let index = 0;
    for (let sibling = el.previousSibling; sibling; sibling = sibling.previousSibling) index++;
    return { node: parent, offset: after ? index + 1 : index };
  };

  /** Where the line that break `i` opens begins. */
  const lineStart = (i: number): DomPosition => {
    if (i + 1 < count && kinds[i + 1] !== SegmentKind.LineBreak) return before(i + 1, starts[i + 1]!);
    const first = nodes[i]!; // the node that opened the line
    if (first.nodeType === Node.TEXT_NODE) return { node: first, offset: 0 };
    const tag = (first as Element).localName;
    return tag === 'br' || tag === 'img' ? beside(first, false) : { node: first, offset: 0 };
  };

  /** Boundary point just before character `offset`, which lies in segment `i`. */
  function before(i: number, offset: number): DomPosition {
    switch (kinds[i]) {
      case SegmentKind.Text:
        return { node: nodes[i]!, offset: nodeOffsets[i]! + offset - starts[i]! };
      case SegmentKind.Element:
        return beside(nodes[i]!, false);
      default: // a line break sits right after the previous line's content
        if (i === 0) return lineStart(i);
        return kinds[i - 1] === SegmentKind.LineBreak ? lineStart(i - 1) : after(i - 1, starts[i]! - 1);
    }
  }

  /** Boundary point just after character `offset`, which lies in segment `i`. */
  function after(i: number, offset: number): DomPosition {
    switch (kinds[i]) {
      case SegmentKind.Text:
        return { node: nodes[i]!, offset: nodeOffsets[i]! + offset - starts[i]! + 1 };
      case SegmentKind.Element:
        return beside(nodes[i]!, true);
      default:
        return lineStart(i);
    }
  }

  const inBounds = (offset: number) => Number.isInteger(offset) && offset >= 0 && offset <= text.length;

  const positionOf = (offset: number): DomPosition | null => {
    if (!inBounds(offset)) return null;
    if (count === 0) return { node: root, offset: 0 };
    if (offset === text.length) return after(count - 1, offset - 1);
    return before(segmentAt(offset), offset);
  };

  return {
    kind: 'contenteditable',
    positionOf,
    rangeFor(start, end) {
      if (!inBounds(start) || !inBounds(end) || start > end) return null;
      const from = positionOf(start)!;
      const to = start === end ? from : after(segmentAt(end - 1), end - 1);
      try {
        const range = root.ownerDocument.createRange();
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
        return range;
      } catch {
        return null; // the DOM changed since it was read: offsets no longer fit
      }
    },
  };
}
