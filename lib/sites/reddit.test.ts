// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import reddit from './reddit';
import { testSite } from './testing';

testSite(reddit, {
  drafts: [
    'I plan only three things per week and write them on a sticky note.\n\n' +
      'Anything else goes on a later list that I read on Fridays. Half of it stops mattering by then.',
    'Same here, **Monday only**.\n\nDo you keep the blocks when a meeting lands on them?',
  ],
  publishButtons: ['Comment', 'Reply'],
  urls: {
    matching: [
      'https://www.reddit.com/r/productivity/comments/1abc23x/how_do_you_plan_your_week/',
      'https://www.reddit.com/r/productivity/submit/?type=TEXT',
      'https://old.reddit.com/r/productivity/comments/1abc23x/',
    ],
    notMatching: ['https://chat.reddit.com/', 'https://reddit.com.evil.example/'],
  },
});

describe('reddit specifics', () => {
  it('finds the light-DOM rich-text editor and the markdown textarea in the shadow root', () => {
    loadFixture('reddit');
    const [comment, reply] = reddit.findComposers(document);
    expect(comment!.parentElement!.localName).toBe('shreddit-composer');
    expect((reply!.getRootNode() as ShadowRoot).host.localName).toBe('shreddit-composer');
  });

  it('mounts beside the whole shreddit-composer, also for an editor in its shadow root', () => {
    loadFixture('reddit');
    for (const composer of reddit.findComposers(document)) {
      expect(reddit.mountPoint(composer).localName).toBe('faceplate-form');
    }
  });

  it('on the submit page, finds the body but not the title', () => {
    document.body.innerHTML = `<r-post-composer-form><faceplate-textarea-input name="title" label="Title"><textarea slot="input" name="title" aria-label="Title"></textarea></faceplate-textarea-input><shreddit-composer name="body"><textarea slot="title" aria-label="Title"></textarea><div slot="rte" contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Post body"><p><span data-lexical-text="true">Body</span></p></div><button slot="submit-button" type="submit">Post</button></shreddit-composer></r-post-composer-form>`;
    const composers = reddit.findComposers(document);
    expect(composers.map((el) => el.getAttribute('aria-label'))).toEqual(['Post body']);
    expect(reddit.publishButton!(composers[0]!)?.textContent).toBe('Post');
  });

  it('supports old Reddit’s comment textarea, not its title field', () => {
    document.body.innerHTML = `<form id="newlink"><div id="title-field"><textarea name="title"></textarea></div></form><form class="usertext cloneable"><div class="usertext-edit md-container"><div class="md"><textarea rows="1" cols="1" name="text">Old school\n\nstill works</textarea></div><div class="bottom-area"><div class="usertext-buttons"><button type="submit" class="save">save</button></div></div></div></form>`;
    const composers = reddit.findComposers(document);
    expect(composers.map((el) => reddit.readDraft(el).text)).toEqual(['Old school\n\nstill works']);
    expect(reddit.publishButton!(composers[0]!)?.textContent).toBe('save');
    expect(reddit.mountPoint(composers[0]!).className).toBe('md');
  });
});

describe('reddit, markdown mode two shadow roots deep (reddit-markdown-nested.html)', () => {
  it('finds the textarea inside shreddit-markdown-composer inside shreddit-composer', () => {
    loadFixture('reddit-markdown-nested');
    const [composer, ...rest] = reddit.findComposers(document);
    expect(rest).toEqual([]);
    const inner = (composer!.getRootNode() as ShadowRoot).host;
    expect(inner.localName).toBe('shreddit-markdown-composer');
    expect((inner.getRootNode() as ShadowRoot).host.localName).toBe('shreddit-composer');
    expect(reddit.readDraft(composer!).text).toBe('I batch errands into one afternoon.\n\nFewer trips, and **Saturday stays free**.');
  });

  it('finds its slotted submit button and mounts beside the whole composer', () => {
    loadFixture('reddit-markdown-nested');
    const [composer] = reddit.findComposers(document);
    expect(reddit.publishButton!(composer!)?.textContent).toBe('Comment');
    expect(reddit.mountPoint(composer!).localName).toBe('faceplate-form');
  });

  it('declares both composer elements as shadow hosts to watch', () => {
    loadFixture('reddit-markdown-nested');
    const host = document.querySelector('shreddit-composer')!;
    expect(host.matches(reddit.shadowHosts!)).toBe(true);
    expect(host.shadowRoot!.querySelector('shreddit-markdown-composer')!.matches(reddit.shadowHosts!)).toBe(true);
  });
});
