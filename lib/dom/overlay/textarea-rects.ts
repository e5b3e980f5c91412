/**
 * Where characters of a textarea are on screen. There is no Range inside a textarea, so a hidden
 * mirror copies its box and font, holds the same text, and the span's rectangles are read from the
 * mirror, shifted by the textarea's position and scroll (component/textarea-caret-position's method).
 */
const copied = [
  'box-sizing', 'width', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-style', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'font-style', 'font-variant',
  'font-weight', 'font-stretch', 'font-size', 'font-size-adjust', 'line-height', 'font-family', 'text-align',
  'text-transform', 'text-indent', 'text-decoration', 'letter-spacing', 'word-spacing', 'tab-size', 'direction',
] as const;

export function textareaRects(textarea: HTMLTextAreaElement, start: number, end: number, host: ShadowRoot): DOMRect[] {
  const style = getComputedStyle(textarea);
  const mirror = document.createElement('div');
  for (const property of copied) mirror.style.setProperty(property, style.getPropertyValue(property));
  Object.assign(mirror.style, {
    position: 'fixed', visibility: 'hidden', top: '0', left: '0', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', overflow: 'hidden',
    height: `${textarea.clientHeight}px`,
  });
  const value = textarea.value;
  const marked = document.createElement('span');
  marked.textContent = value.slice(start, end) || '\u200b';
  mirror.append(value.slice(0, start), marked, value.slice(end) + '\u200b');
  host.append(mirror);
  try {
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
    return [...marked.getClientRects()].flatMap((rect) => {
      const left = Math.max(rect.left - origin.left + box.left - textarea.scrollLeft, inside.left);
      const top = Math.max(rect.top - origin.top + box.top - textarea.scrollTop, inside.top);
      const right = Math.min(rect.right - origin.left + box.left - textarea.scrollLeft, inside.right);
      const bottom = Math.min(rect.bottom - origin.top + box.top - textarea.scrollTop, inside.bottom);
      return right > left && bottom > top ? [new DOMRect(left, top, right - left, bottom - top)] : [];
    });
  } finally {
    mirror.remove();
  }
}
