/**
 * Run in the page, on the editor, with the publish button: stands in for the site's own code,
 * listening where sites listen (the document, capture phase, as React does), after the extension's
 * window listener. It records each publishing action it sees in `window.published`: a click on the
 * button, Ctrl/Cmd+Enter in the editor, Enter on a button that is not a real one; and it keeps
 * forms from navigating away. Used by the Chromium and the Firefox tests alike.
 */
export function recordPublishing(editor: Element, button: Element): void {
  const seen: string[] = [];
  (window as unknown as { published: string[] }).published = seen;
  document.addEventListener('click', (event) => event.composedPath().includes(button) && seen.push('click'), true);
  document.addEventListener(
    'keydown',
    (event) => {
      const path = event.composedPath();
      if (event.key !== 'Enter') return;
      if (path.includes(editor) && (event.ctrlKey || event.metaKey)) seen.push('mod-enter');
      else if (path.includes(button) && button.localName !== 'button') seen.push('enter');
    },
    true,
  );
  document.addEventListener('submit', (event) => event.preventDefault(), true);
}

/** Run in the page: what `recordPublishing` has seen. */
export function publishedActions(): string[] {
  return (window as unknown as { published: string[] }).published;
}
