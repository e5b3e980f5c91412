import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { diagnose, formatDoctor, readPage, savedFromNote } from './doctor';
import { doctorUsage, parseDoctorArgs } from './doctor-args';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/sites/${name}`, import.meta.url), 'utf8');
const check = async (html: string, url?: string) => {
  const page = await readPage(html, url);
  return diagnose(page.document, page.url);
};

describe('post-coach doctor', () => {
  it('on a supported site, lists what its adapter finds, with the publish button and the overlay’s place', async () => {
    const report = await check(fixture('linkedin-share-box-2026.html'), 'https://www.linkedin.com/feed/');
    expect(report.site).toBe('linkedin');
    expect(report.adapters.map((adapter) => adapter.site)).toEqual(['linkedin']);
    const [comment, post] = report.adapters[0]!.composers;
    expect(post).toMatchObject({ draft: { characters: 180, lines: 5 }, inside: ['dialog._1c5e7f90'] });
    expect(post!.publishButton).toBe('button._7e3b9d10[type="button"] "Post"');
    expect(comment!.publishButton).toBe('button._9b1f22c3[type="button"] "Comment"');
    expect(report.generic.map((box) => box.verdict)).toEqual(['left-alone', 'adapter', 'adapter']);
  });

  it('when the adapter finds nothing, says which box the generic reader would coach and why the others not', async () => {
    const report = await check(fixture('linkedin-unknown-composer.html'), 'https://www.linkedin.com/feed/');
    expect(report.adapters).toEqual([{ site: 'linkedin', composers: [] }]);
    expect(report.generic.map((box) => [box.element.split('[')[0], box.verdict])).toEqual([
      ['textarea', 'search'],
      ['div._one_9d', 'not-multiline'],
      ['div._ed_7c2', 'composer'],
    ]);
  });

  it('finds the address in the browser’s note or the canonical link, and tries every adapter without one', async () => {
    const html = fixture('reddit-markdown-nested.html');
    const noted = await check(`<!-- saved from url=(0062)https://www.reddit.com/r/productivity/comments/1abc23x/plan/ -->\n${html}`);
    expect(noted.url).toEqual({ value: 'https://www.reddit.com/r/productivity/comments/1abc23x/plan/', source: 'saved-from' });
    expect(noted.adapters.map(({ site, composers }) => [site, composers.length])).toEqual([['reddit', 1]]);

    const canonical = await check(html.replace('<head>', '<head><link rel="canonical" href="https://www.reddit.com/r/productivity/">'));
    expect(canonical.url).toEqual({ value: 'https://www.reddit.com/r/productivity/', source: 'canonical' });
    expect(canonical.site).toBe('reddit');

    const unknown = await check(html);
    expect(unknown.url).toBeNull();
    expect(unknown.adapters).toHaveLength(8);
    expect(unknown.adapters.filter(({ composers }) => composers.length).map(({ site }) => site)).toEqual(['reddit']);
  });

  it('reads an element’s outer HTML, and the path of the address decides what is left alone', async () => {
    const outer = `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Scrivi un messaggio"><p>Ciao</p></div>`;
    expect((await check(outer, 'https://www.facebook.com/')).adapters[0]!.composers).toHaveLength(1);
    const inbox = await check(outer, 'https://www.facebook.com/messages/t/1/');
    expect(inbox.adapters[0]!.composers).toEqual([]);
    expect(inbox.generic.map((box) => box.verdict)).toEqual(['left-alone']);
  });

  it('names the frames whose content is not in the file', async () => {
    const report = await check(fixture('linkedin-interop-frame.html'));
    expect(report.url).toBeNull();
    expect(report.frames).toEqual(['iframe[data-testid="interop-iframe"] src=https://www.linkedin.com/jobs/interop/legacy/']);
    expect(formatDoctor(report)).toContain('save each one on its own');
  });

  it('never prints the draft itself, only its size', async () => {
    const report = await check(fixture('linkedin-share-box-2026.html'), 'https://www.linkedin.com/feed/');
    const text = formatDoctor(report) + JSON.stringify(report);
    expect(text).toContain('180 characters, 5 lines');
    for (const words of ['written stand-up', 'Blockers go first', 'other time zones', 'four-day week advocate']) expect(text).not.toContain(words);
  });

  it('reads the SingleFile note too, and only at the top of the file', () => {
    expect(savedFromNote('<!--\n Page saved with SingleFile \n url: https://bsky.app/profile/a \n saved date: today\n-->')).toBe('https://bsky.app/profile/a');
    expect(savedFromNote(`${' '.repeat(5000)}<!-- saved from url=(0020)https://x.com/home -->`)).toBeNull();
  });
});

describe('post-coach doctor arguments', () => {
  it('takes one page, or "-" for standard input, an address and a format', () => {
    expect(parseDoctorArgs(['page.html'])).toEqual({ name: 'doctor', options: { file: 'page.html', url: undefined, format: 'text', uiLanguage: 'en' } });
    expect(parseDoctorArgs(['-', '--url', 'https://x.com/home', '--format', 'json', '--ui-lang', 'it'])).toEqual({
      name: 'doctor',
      options: { file: '-', url: 'https://x.com/home', format: 'json', uiLanguage: 'it' },
    });
    expect(parseDoctorArgs(['--help'])).toEqual({ name: 'doctor-help', uiLanguage: 'en' });
    expect(parseDoctorArgs(['-h', '--ui-lang=IT'])).toEqual({ name: 'doctor-help', uiLanguage: 'it' });
  });

  it('explains a mistake', () => {
    expect(() => parseDoctorArgs([])).toThrow(UsageError);
    expect(() => parseDoctorArgs(['a.html', 'b.html'])).toThrow('one page at a time');
    expect(() => parseDoctorArgs(['a.html', '--format', 'xml'])).toThrow('text or json');
    expect(() => parseDoctorArgs(['a.html', '--url', 'linkedin.com'])).toThrow('https://');
    expect(() => parseDoctorArgs(['a.html', '--colour'])).toThrow('Unknown option --colour.');
    expect(() => parseDoctorArgs(['a.html', '--ui-lang', 'de'])).toThrow('--ui-lang');
  });

  it('explains a mistake in Italian with --ui-lang it, wherever the flag stands', () => {
    const italian = (argv: string[]) => {
      try {
        parseDoctorArgs(argv);
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        expect((error as UsageError).language).toBe('it');
        return (error as UsageError).message;
      }
      throw new Error(`no mistake found in ${argv.join(' ')}`);
    };
    expect(italian(['--ui-lang', 'it'])).toBe('Indica la pagina salvata da controllare, oppure "-" per leggere l\'HTML dall\'input standard.');
    expect(italian(['a.html', 'b.html', '--ui-lang', 'it'])).toBe('doctor controlla una pagina alla volta.');
    expect(italian(['--ui-lang=it', 'a.html', '--format', 'xml'])).toBe('--format accetta text o json, non "xml".');
    expect(italian(['a.html', '--url', 'linkedin.com', '--ui-lang', 'it'])).toBe('--url deve essere un indirizzo web che inizia con https://, non "linkedin.com".');
    expect(italian(['a.html', '--colour', '--ui-lang', 'it'])).toBe('Opzione sconosciuta: --colour.');
    expect(italian(['a.html', '--ui-lang', 'it', '--format'])).toBe('Manca il valore di --format (uno tra text, json).');
  });
});

/** Words of the English report and help that must not be left in the Italian ones. */
const englishLabels = [
  'Page:', 'Site:', 'unknown', 'every adapter', 'none of the supported', 'adapter:', 'compose box', 'inside:', 'draft:',
  'characters', 'lines', 'publish button', 'none found', 'overlay', 'Generic reader', 'editable element', 'sizes are not checked',
  'looks like', 'coached', 'found by', 'left alone', 'not a composer', 'search field', 'one-line', 'hidden', 'too small',
  'Frames', 'save each one', 'shadow root of', 'from --url', "browser's note", 'canonical link',
  'Usage', 'Options', 'Site health check', 'the page\'s address', 'default', 'show this help', 'standard input', 'Drafts',
];
const withoutPageData = (text: string) =>
  text
    // Element descriptions quote the page's own attributes and labels, in whatever language the page is.
    .replace(/^(\s+(?:\d+\.|[✓✗])) .*$/gm, '$1 <element>')
    .replace(/: (?:div|button)[^\n]*$/gm, ': <element>');
const englishIn = (text: string) => englishLabels.filter((label) => text.toLowerCase().includes(label.toLowerCase()));

describe('post-coach doctor in Italian', () => {
  const reports = async () => [
    await check(fixture('linkedin-share-box-2026.html'), 'https://www.linkedin.com/feed/'),
    await check(fixture('linkedin-unknown-composer.html'), 'https://www.linkedin.com/feed/'),
    await check(fixture('linkedin-interop-frame.html')),
    await check(`<!-- saved from url=(0062)https://www.reddit.com/r/productivity/comments/1abc23x/plan/ -->\n${fixture('reddit-markdown-nested.html')}`),
  ];

  it('writes every heading, label, verdict and frame note in Italian', async () => {
    const all = (await reports()).map((report) => formatDoctor(report, 'it')).join('\n');
    expect(englishIn(withoutPageData(all))).toEqual([]);
    for (const words of ['Pagina: https://www.linkedin.com/feed/ (da --url)', 'Sito: nessuno dei siti supportati', 'Adattatore linkedin: 2 riquadri di scrittura', 'bozza: 180 caratteri, 5 righe', 'Modalità generica: 3 elementi modificabili', "trovato dall'adattatore qui sopra", 'non è un riquadro di scrittura: è un campo di ricerca', 'sembra un riquadro di scrittura', 'Frame il cui contenuto non è in questo file', '(dalla nota del browser nella pagina salvata)']) {
      expect(all).toContain(words);
    }
    expect(all).not.toMatch(/[‘’“”]/);
  });

  it('names a shadow host in Italian in the text, and keeps the JSON as it is', async () => {
    const report = await check('<div id="host"><template shadowrootmode="open"><div contenteditable="true" role="textbox" aria-multiline="true"></div></template></div>');
    expect(report.generic[0]!.inside).toEqual(['shadow root of div#host']);
    expect(formatDoctor(report, 'it')).toContain('(dentro shadow root di div#host)');
    expect(formatDoctor(report, 'en')).toContain('(in shadow root of div#host)');
  });

  it('has an Italian help with no English label', () => {
    expect(englishIn(doctorUsage.it)).toEqual([]);
    expect(doctorUsage.it).toContain('modalità generica');
    expect(doctorUsage.it).toContain('--ui-lang <en|it>');
    expect(doctorUsage.it).not.toMatch(/[‘’“”]/);
  });

  it('leaves the English report as it was', async () => {
    const [shareBox, unknownComposer, frame] = await reports();
    expect(formatDoctor(shareBox!)).toBe(formatDoctor(shareBox!, 'en'));
    expect(formatDoctor(unknownComposer!, 'en')).toBe(`Page: https://www.linkedin.com/feed/ (from --url)
Site: linkedin

linkedin adapter: no compose box

Generic reader: 3 editable elements (sizes are not checked in a saved page)
  ✗ textarea[aria-label="Search"]  (in form._srch_a1[role="search"])
      not a composer: a search field
  ✗ div._one_9d[role="textbox"][aria-label="Add a tag"][aria-multiline="false"][contenteditable="true"]
      not a composer: a one-line field
  ✓ div._ed_7c2[role="textbox"][aria-label="Write your post"][aria-multiline="true"][contenteditable="true"]  (in dialog)
      looks like a composer: coached when the user types into it
`);
    expect(formatDoctor(shareBox!, 'en')).toContain(`linkedin adapter: 2 compose boxes
  1. div.tiptap.ProseMirror`);
    expect(formatDoctor(shareBox!, 'en')).toContain(`     inside: dialog._1c5e7f90
     draft: 180 characters, 5 lines
     publish button: button._7e3b9d10[type="button"] "Post"
     overlay beside: div[data-testid="ui-core-tiptap-text-editor-wrapper"]`);
    expect(formatDoctor(shareBox!, 'en')).toContain('      left alone: the site uses it for messages or other non-post text');
    expect(formatDoctor(frame!, 'en')).toContain(`Page: unknown: every adapter is tried (give it with --url)
Site: none of the supported sites`);
    expect(formatDoctor(frame!, 'en')).toContain(`Frames whose content is not in this file (save each one on its own):
  iframe[data-testid="interop-iframe"] src=https://www.linkedin.com/jobs/interop/legacy/`);
  });
});
