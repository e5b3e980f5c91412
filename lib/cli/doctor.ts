/**
 * `post-coach doctor`: a site health check. It reads a page saved from the browser (or an element's
 * outer HTML copied from the developer tools) and lists what each site adapter and the generic
 * reader find in it, so a user can report a site where Post Coach stays silent with facts a
 * maintainer can act on. Drafts are described by their size, never quoted: the output is meant to
 * be pasted into a public issue.
 */
import { attachDeclarativeShadowRoots } from '../dom/declarative-shadow-roots';
import { whyNotAComposer, type NotAComposer } from '../dom/generic-reader';
import { parentAcrossShadow } from '../dom/parent-across-shadow';
import { isLeftAlone, type SiteAdapter, type SiteId } from '../sites/define-site';
import type { Language } from '../analysis/schema';
import { InputError } from './inputs';
import { cliText } from './messages';
import { siteForUrl, sites } from '../sites/registry';

export interface BoxDescription {
  /** A CSS-like description of the element: tag, id, classes and the attributes that identify editors. */
  element: string;
  /** Where it is: the shadow hosts and dialogs around it, outermost first. */
  inside: string[];
}

export interface AdapterFinding extends BoxDescription {
  draft: { characters: number; lines: number };
  publishButton: string | null;
  mountPoint: string;
}

export type GenericVerdict = 'composer' | NotAComposer | 'left-alone' | 'adapter';

export interface GenericFinding extends BoxDescription {
  verdict: GenericVerdict;
}

export interface DoctorReport {
  /** The page's address, and where it was read from. */
  url: { value: string; source: 'option' | 'saved-from' | 'canonical' } | null;
  /** The site the address belongs to; null runs every adapter. */
  site: SiteId | null;
  adapters: Array<{ site: SiteId; composers: AdapterFinding[] }>;
  generic: GenericFinding[];
  /** Frames whose content is not in the saved page. */
  frames: string[];
}

/** Browsers note the address at the top of a saved page; only that much is searched. */
const NOTE_SEARCH_LENGTH = 4_000;

/** The address the browser noted when saving the page, if it did. */
export function savedFromNote(html: string): string | null {
  const head = html.slice(0, NOTE_SEARCH_LENGTH);
  // Chrome's "Save page as": <!-- saved from url=(0034)https://… -->; SingleFile: a comment line "url: https://…".
  const match = /saved from url=\(\d+\)(https?:\/\/[^\s>]+)/.exec(head) ?? /^[ \t]*url: (https?:\/\/\S+)/m.exec(head);
  return match ? match[1]!.replace(/-->$/, '') : null;
}

/**
 * The DOM of `html`, parsed without running a script or fetching anything, at the page's address:
 * `--url`, else the browser's note in the saved page, else its canonical link. Null address: an
 * element's outer HTML, or a page that names no address.
 */
export async function readPage(html: string, option?: string, language: Language = 'en'): Promise<{ document: Document; url: DoctorReport['url'] }> {
  // The page parser the tests use: a development package, present wherever the project was installed with `npm install`.
  const { Window } = await import('happy-dom').catch(() => {
    throw new InputError(cliText(language)('doctor.needsHappyDom'));
  });
  const noted = option ? null : savedFromNote(html);
  let url: DoctorReport['url'] = option ? { value: option, source: 'option' } : noted ? { value: noted, source: 'saved-from' } : null;
  const window = new Window({
    url: url?.value ?? 'https://example.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true, disableMainFrameNavigation: true },
    },
  });
  // The DOM code reads node types from the global `Node`, as pages have it.
  globalThis.Node ??= window.Node as unknown as typeof Node;
  const document = window.document as unknown as Document;
  document.write(html);
  attachDeclarativeShadowRoots(document);
  if (!url) {
    const canonical =
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
    if (canonical && URL.canParse(canonical)) {
      url = { value: canonical, source: 'canonical' };
      window.happyDOM.setURL(canonical);
    }
  }
  return { document, url };
}

/** What each adapter and the generic reader find in `document`. */
export function diagnose(document: Document, url: DoctorReport['url']): DoctorReport {
  const site = url ? (siteForUrl(url.value) ?? null) : null;
  const adapters = site ? [site] : Object.values(sites);
  const found = new Map<HTMLElement, SiteAdapter>();
  const adapterReports = adapters.map((adapter) => ({
    site: adapter.id,
    composers: adapter.findComposers(document).map((composer) => {
      found.set(composer, adapter);
      const draft = adapter.readDraft(composer).text;
      const button = adapter.publishButton?.(composer) ?? null;
      return {
        ...describeBox(composer),
        draft: { characters: draft.length, lines: draft ? draft.split('\n').length : 0 },
        publishButton: button ? describeElement(button, true) : null,
        mountPoint: describeElement(adapter.mountPoint(composer)),
      };
    }),
  }));
  const generic = editableElements(document).map((box) => ({
    ...describeBox(box),
    verdict: found.has(box) ? 'adapter' : site && isLeftAlone(site, box) ? 'left-alone' : (whyNotAComposer(box, { layout: false }) ?? 'composer'),
  })) satisfies GenericFinding[];
  const frames = [...document.querySelectorAll('iframe')].map((frame) => describeElement(frame) + (frame.getAttribute('src') ? ` src=${frame.getAttribute('src')}` : ''));
  return { url, site: site?.id ?? null, adapters: adapterReports, generic, frames };
}

/** Every textarea, contenteditable root and input of the page, inside open shadow roots too. */
function editableElements(root: ParentNode): HTMLElement[] {
  const boxes: HTMLElement[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll<HTMLElement>('textarea, [contenteditable]:not([contenteditable="false"]), input:not([type="hidden"], [type="checkbox"], [type="radio"], [type="submit"], [type="button"], [type="file"], [type="image"], [type="range"], [type="color"])')) {
      if (el.localName === 'input' || el.localName === 'textarea' || (el.isContentEditable && !el.parentElement?.isContentEditable)) boxes.push(el);
    }
    for (const host of scope.querySelectorAll('*')) if (host.shadowRoot) visit(host.shadowRoot);
  };
  visit(root);
  return boxes;
}

const identifyingAttributes = ['role', 'aria-label', 'aria-placeholder', 'aria-multiline', 'data-testid', 'componentkey', 'data-lexical-editor', 'contenteditable', 'type', 'name', 'slot', 'mode'];

/** `tag#id.class[attr="value"]…`, with the label of a button when asked. */
function describeElement(el: Element, withText = false): string {
  let text = el.localName;
  if (el.id) text += `#${el.id}`;
  for (const name of [...el.classList].slice(0, 4)) text += `.${name}`;
  for (const name of identifyingAttributes) {
    const value = el.getAttribute(name);
    if (value !== null) text += value === '' ? `[${name}]` : `[${name}="${value.length > 60 ? `${value.slice(0, 57)}...` : value}"]`;
  }
  const label = withText ? el.textContent?.trim().replace(/\s+/g, ' ') : '';
  return label ? `${text} "${label.slice(0, 40)}"` : text;
}

/** How `inside` names a shadow host in the report; the text report says it in its own language. */
const SHADOW_ROOT_OF = 'shadow root of ';

function describeBox(el: HTMLElement): BoxDescription {
  const inside: string[] = [];
  for (let current = parentAcrossShadow(el); current; current = parentAcrossShadow(current)) {
    if (current.shadowRoot && current.shadowRoot.contains(el)) inside.unshift(`${SHADOW_ROOT_OF}${describeElement(current)}`);
    else if (current.localName === 'dialog' || current.getAttribute('role') === 'dialog' || current.localName === 'form') inside.unshift(describeElement(current));
  }
  return { element: describeElement(el), inside };
}

/** The report as text for a terminal and for an issue, in `language`. */
export function formatDoctor(report: DoctorReport, language: Language = 'en'): string {
  const t = cliText(language);
  const path = (inside: string[]) =>
    inside.map((box) => (box.startsWith(SHADOW_ROOT_OF) ? t('doctor.shadowRoot', { host: box.slice(SHADOW_ROOT_OF.length) }) : box)).join(' > ');
  const lines: string[] = [];
  const where = report.url ? t(`doctor.urlFrom.${report.url.source}`, { url: report.url.value }) : t('doctor.urlUnknown');
  lines.push(t('doctor.page', { where }));
  lines.push(t('doctor.site', { site: report.site ?? t('doctor.noSite') }), '');
  for (const adapter of report.adapters) {
    const count = adapter.composers.length;
    lines.push(t('doctor.adapter', { site: adapter.site, boxes: count === 0 ? t('doctor.noComposeBox') : t.count('doctor.composeBoxes', count) }));
    adapter.composers.forEach((box, index) => {
      lines.push(`  ${index + 1}. ${box.element}`);
      if (box.inside.length) lines.push(`     ${t('doctor.inside', { path: path(box.inside) })}`);
      lines.push(`     ${t('doctor.draft', { characters: t.count('characters', box.draft.characters), lines: t.count('doctor.lines', box.draft.lines) })}`);
      lines.push(`     ${t('doctor.publishButton', { button: box.publishButton ?? t('doctor.noneFound') })}`);
      lines.push(`     ${t('doctor.overlay', { element: box.mountPoint })}`);
    });
  }
  lines.push('', t('doctor.generic', { elements: t.count('doctor.editableElements', report.generic.length) }));
  for (const box of report.generic) {
    const mark = box.verdict === 'composer' || box.verdict === 'adapter' ? '✓' : '✗';
    lines.push(`  ${mark} ${box.element}${box.inside.length ? `  ${t('doctor.in', { path: path(box.inside) })}` : ''}`);
    lines.push(`      ${t(`doctor.verdict.${box.verdict}`)}`);
  }
  if (report.frames.length) {
    lines.push('', t('doctor.frames'));
    for (const frame of report.frames) lines.push(`  ${frame}`);
  }
  return `${lines.join('\n')}\n`;
}
