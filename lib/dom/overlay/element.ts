/** Creates an element with attributes and children: the overlay's whole templating. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Record<string, string>,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K];
export function el(tag: string, attributes?: Record<string, string>, ...children: Array<Node | string>): HTMLElement;
export function el(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
