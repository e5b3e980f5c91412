import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

// Tells React that updates are wrapped in act(), so it flushes them before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  /** The one element matching `selector`; throws when there is none, so a test fails where it looks. */
  find<T extends Element = HTMLElement>(selector: string): T;
  findAll<T extends Element = HTMLElement>(selector: string): T[];
  unmount(): Promise<void>;
}

/** Renders into a fresh container in the document (for focus and labels) and waits for effects. */
export async function render(node: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  return {
    container,
    find<T extends Element>(selector: string) {
      const found = container.querySelector<T>(selector);
      if (!found) throw new Error(`nothing matches ${selector}`);
      return found;
    },
    findAll: <T extends Element>(selector: string) => [...container.querySelectorAll<T>(selector)],
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises (fake replies, storage) settle and React apply what follows from them. */
export async function settle(ms = 0): Promise<void> {
  await act(async () => new Promise((resolve) => setTimeout(resolve, ms)));
}

export async function click(element: Element): Promise<void> {
  await act(async () => (element as HTMLElement).click());
}

/**
 * Types `value` into an input, textarea or select as a user would. React watches the element's value
 * through its own setter, so the value is set through the prototype's setter to be seen as a change.
 */
export async function changeValue(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')?.set;
  await act(async () => {
    setter?.call(element, value);
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => form.requestSubmit());
}
