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
import { InputError } from './inputs';
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
export async function readPage(html: string, option?: string): Promise<{ document: Document; url: DoctorReport['url'] }> {
  // The page parser the tests use: a development package, present wherever the project was installed with `npm install`.
  const { Window } = await import('happy-dom').catch(() => {
    throw new InputError('doctor needs the happy-dom package: run "npm install" in the Post Coach project');
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

function describeBox(el: HTMLElement): BoxDescription {
  const inside: string[] = [];
  for (let current = parentAcrossShadow(el); current; current = parentAcrossShadow(current)) {
    if (current.shadowRoot && current.shadowRoot.contains(el)) inside.unshift(`shadow root of ${describeElement(current)}`);
    else if (current.localName === 'dialog' || current.getAttribute('role') === 'dialog' || current.localName === 'form') inside.unshift(describeElement(current));
  }
  return { element: describeElement(el), inside };
}

const verdictText: Record<GenericVerdict, string> = {
  composer: 'looks like a composer: coached when the user types into it',
  adapter: 'found by the adapter above',
  'left-alone': 'left alone: the site uses it for messages or other non-post text',
  'not-editable': 'not a composer: not an editable textbox',
  'not-multiline': 'not a composer: a one-line field',
  search: 'not a composer: a search field',
  hidden: 'not a composer: hidden',
  'too-small': 'not a composer: too small',
};

/** The report as text for a terminal and for an issue. */
export function formatDoctor(report: DoctorReport): string {
  const lines: string[] = [];
  const where = report.url ? `${report.url.value} (${{ option: 'from --url', 'saved-from': "from the browser's note in the saved page", canonical: "from the page's canonical link" }[report.url.source]})` : 'unknown: every adapter is tried (give it with --url)';
  lines.push(`Page: ${where}`);
  lines.push(`Site: ${report.site ?? 'none of the supported sites'}`, '');
  for (const adapter of report.adapters) {
    const count = adapter.composers.length;
    lines.push(`${adapter.site} adapter: ${count === 0 ? 'no compose box' : count === 1 ? '1 compose box' : `${count} compose boxes`}`);
    adapter.composers.forEach((box, index) => {
      lines.push(`  ${index + 1}. ${box.element}`);
      if (box.inside.length) lines.push(`     inside: ${box.inside.join(' > ')}`);
      lines.push(`     draft: ${box.draft.characters} characters, ${box.draft.lines} line${box.draft.lines === 1 ? '' : 's'}`);
      lines.push(`     publish button: ${box.publishButton ?? 'none found'}`);
      lines.push(`     overlay beside: ${box.mountPoint}`);
    });
  }
  lines.push('', `Generic reader: ${report.generic.length} editable element${report.generic.length === 1 ? '' : 's'} (sizes are not checked in a saved page)`);
  for (const box of report.generic) {
    const mark = box.verdict === 'composer' || box.verdict === 'adapter' ? '✓' : '✗';
    lines.push(`  ${mark} ${box.element}${box.inside.length ? `  (in ${box.inside.join(' > ')})` : ''}`);
    lines.push(`      ${verdictText[box.verdict]}`);
  }
  if (report.frames.length) {
    lines.push('', 'Frames whose content is not in this file (save each one on its own):');
    for (const frame of report.frames) lines.push(`  ${frame}`);
  }
  return `${lines.join('\n')}\n`;
}
