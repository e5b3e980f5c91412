import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UsageError } from './args';
import { diagnose, formatDoctor, readPage, savedFromNote } from './doctor';
import { parseDoctorArgs } from './doctor-args';

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
    expect(parseDoctorArgs(['page.html'])).toEqual({ name: 'doctor', options: { file: 'page.html', url: undefined, format: 'text' } });
    expect(parseDoctorArgs(['-', '--url', 'https://x.com/home', '--format', 'json'])).toEqual({
      name: 'doctor',
      options: { file: '-', url: 'https://x.com/home', format: 'json' },
    });
    expect(parseDoctorArgs(['--help'])).toEqual({ name: 'doctor-help' });
  });

  it('explains a mistake', () => {
    expect(() => parseDoctorArgs([])).toThrow(UsageError);
    expect(() => parseDoctorArgs(['a.html', 'b.html'])).toThrow('one page at a time');
    expect(() => parseDoctorArgs(['a.html', '--format', 'xml'])).toThrow('text or json');
    expect(() => parseDoctorArgs(['a.html', '--url', 'linkedin.com'])).toThrow('https://');
    expect(() => parseDoctorArgs(['a.html', '--colour'])).toThrow(UsageError);
  });
});
