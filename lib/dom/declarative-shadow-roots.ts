/**
 * Turns declarative shadow DOM (`<template shadowrootmode="open">`) into real shadow roots, nested
 * ones included. Browsers do this while parsing; DOM libraries without it (happy-dom 21) do not, so
 * the tests' pages and the CLI's doctor call it after parsing a page.
 */
export function attachDeclarativeShadowRoots(scope: ParentNode): void {
  for (const template of scope.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue; // a parser that supports it already attached the root
    const shadow = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
