/**
 * Every supported site, on its synthetic page served at the site's real address: a draft with problems
 * typed into a compose box is coached (badge, panel, highlights) exactly as the analysis reports it,
 * the editor keeps only what was typed, and nothing leaves the machine.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { CategoryId, PlatformId } from '../../lib/analysis/ids';
import type { SiteId } from '../../lib/sites/define-site';
import { test } from './fixtures';
import {
  categoriesOf,
  editorIntegrity,
  editorText,
  expectedReport,
  foreignMutations,
  highlightedTexts,
  OverlayDriver,
  rememberEditorElements,
  typeAtEnd,
  watchEditorMutations,
  within,
  worstOf,
  type Rect,
} from './harness';

interface SiteCase {
  name: string;
  site: SiteId;
  /** The synthetic page in tests/fixtures/sites (default: `<site>.html`). */
  fixture?: string;
  platform: PlatformId;
  url: string;
  editor(page: Page): Locator;
  /** The draft already in that box in the fixture, as the extension reads it (see the adapter's unit test). */
  fixtureDraft: string;
  /** Pasted at the end of the draft first (one input event), to go over the platform's limit. */
  pasted?: string;
  /** Then typed key by key. */
  typed: string;
  /** Categories the draft must trip (a check on this test's text; the expectation comes from the analysis). */
  trips: CategoryId[];
  /** Other compose boxes on the page (other posts of the thread, a comment box) and their drafts: coached on their own. */
  others?: Array<{ editor(page: Page): Locator; draft: string }>;
}

const notes =
  ' Our release notes list every flag we removed this year, with the dates and the reasons, so other teams can reuse the list.' +
  ' We also keep a short page of the mistakes we made, because they taught us more than the wins did.';

const cases: SiteCase[] = [
  {
    name: 'linkedin post composer (Quill, in #interop-outlet shadow root)',
    site: 'linkedin',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('[aria-label="Text editor for creating content"]'),
    fixtureDraft:
      'Three things we learned moving our support team to a four-day week:\n\n' +
      '1. Measure response time, not hours online.\n' +
      '2. Write decisions down; a short note beats a meeting.\n' +
      '3. Protect the fifth day, or it quietly disappears.\n\n' +
      'Thanks to Giulia Bianchi for the numbers. What would you try first? #FutureOfWork',
    typed: ' Humbled to announce my new course: BUY NOW, this shit works. Call me at +39 347 123 4567.',
    trips: ['confidential', 'inappropriate', 'self-promotion'],
    others: [
      {
        editor: (page) => page.locator('[aria-label="Text editor for creating comment"]'),
        draft: 'Useful list, thank you. Step 4 saved us a week last quarter.\n\nDo you run it for small releases too?',
      },
    ],
  },
  {
    name: 'x second post of a thread (Draft.js)',
    site: 'x',
    platform: 'x',
    url: 'https://x.com/home',
    editor: (page) => page.locator('[data-testid="tweetTextarea_1"]'),
    fixtureDraft: '2/ Releases are boring now. That is the point.',
    pasted: notes,
    typed: ' BUY NOW, this shit works. Text me at +39 347 123 4567.',
    trips: ['confidential', 'inappropriate', 'length', 'self-promotion'],
    others: [
      {
        editor: (page) => page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]'),
        draft:
          'We cut our release cycle from six weeks to five days. Here is what changed 🧵\n\n' +
          '1/ Every change ships behind a flag, so merging is never the scary part. Thanks @lucia_dev for pushing us there. #buildinpublic',
      },
    ],
  },
  {
    name: 'facebook status in the Create post dialog (Lexical)',
    site: 'facebook',
    platform: 'facebook',
    url: 'https://www.facebook.com/',
    editor: (page) => page.locator('[role="dialog"] [aria-label="What\'s on your mind, Ana?"]'),
    fixtureDraft:
      'We are hiring two bakers for the new shop in Bologna.\n\n' +
      'Early shifts, fair pay, and all the focaccia you can eat. Giorgia Conti leads the team.\n' +
      'Know someone? Send them our way.',
    typed: ' ORDER NOW!!!! DM me for the price list. Keep it between us: the shop is internal only until Monday.',
    trips: ['confidential', 'inappropriate', 'self-promotion'],
  },
  {
    name: 'threads first post of a new thread (Lexical)',
    site: 'threads',
    platform: 'threads',
    url: 'https://www.threads.com/',
    editor: (page) => page.locator('[aria-label="Text field. Type to compose a new post."]'),
    fixtureDraft:
      'I stopped writing weekly plans and started writing weekly questions.\n\n' +
      'This week: what would make Friday feel calm? The answer was one unread inbox, not ten tasks done.',
    pasted: notes + notes,
    typed: ' Link in bio, BUY NOW!!!! Damn good deal.',
    trips: ['inappropriate', 'length', 'self-promotion'],
  },
  {
    name: 'bluesky second post of the composer (TipTap)',
    site: 'bluesky',
    platform: 'bluesky',
    url: 'https://bsky.app/',
    editor: (page) => page.locator('[aria-label="Rich-Text Editor"]').nth(1),
    fixtureDraft: 'What should we add next?',
    pasted: notes,
    typed: ' Humbled to announce our paid workshop: LINK IN BIO. Write to giulia.verdi@gmail.com, this shit sells out.',
    trips: ['confidential', 'inappropriate', 'length', 'self-promotion'],
    others: [
      {
        editor: (page) => page.locator('[aria-label="Rich-Text Editor"]').first(),
        draft:
          'Our library now lends tools as well as books: drills, ladders, even a sewing machine.\n\n' +
          'Huge thanks to @alice.bsky.social who catalogued all 140 of them. Opening hours are on the website.',
      },
    ],
  },
  {
    name: 'mastodon compose form (textarea)',
    site: 'mastodon',
    platform: 'mastodon',
    url: 'https://mastodon.social/home',
    editor: (page) => page.locator('textarea.autosuggest-textarea__textarea'),
    fixtureDraft:
      'Today I learned that the city archive scans old maps on request, for free.\n\n' +
      'You fill in a form, wait two weeks, and get a 600 dpi TIFF.\n\n' +
      'Mine shows our street in 1889, when it was still an orchard. #history #maps',
    pasted: notes + notes,
    typed: ' BUY MY MAP PRINTS NOW, DM me. Call me at +39 347 123 4567, this shit sells.',
    trips: ['confidential', 'inappropriate', 'length', 'self-promotion'],
  },
  {
    name: 'instagram caption in the Create new post dialog (Lexical)',
    site: 'instagram',
    platform: 'instagram',
    url: 'https://www.instagram.com/',
    editor: (page) => page.locator('[aria-label="Write a caption..."]'),
    fixtureDraft:
      'Behind the scenes of our spring shoot: one roll of film, three hours, and a very patient dog.\n\n' +
      'Swipe to see the shot we almost threw away. #filmphotography #bts',
    typed: ' Prints on sale, link in bio, use code SPRING20 for 20% off. THIS IS ABSOLUTELY INSANE!!! Call me at +39 347 123 4567.',
    trips: ['confidential', 'inappropriate', 'self-promotion'],
  },
  {
    name: 'reddit comment (Lexical in shreddit-composer)',
    site: 'reddit',
    platform: 'reddit',
    url: 'https://www.reddit.com/r/productivity/comments/1abc23x/how_do_you_plan_your_week/',
    editor: (page) => page.locator('shreddit-composer [aria-label="Comment"]'),
    fixtureDraft:
      'I plan only three things per week and write them on a sticky note.\n\n' +
      'Anything else goes on a later list that I read on Fridays. Half of it stops mattering by then.',
    typed: ' Anyone who disagrees is an idiot. BUY MY PLANNER NOW, DM me.',
    trips: ['inappropriate', 'self-promotion'],
  },
  {
    name: 'reddit reply in markdown mode (textarea in shreddit-composer shadow root)',
    site: 'reddit',
    platform: 'reddit',
    url: 'https://www.reddit.com/r/productivity/comments/1abc23x/how_do_you_plan_your_week/',
    editor: (page) => page.locator('shreddit-composer textarea[name="markdown"]'),
    fixtureDraft: 'Same here, **Monday only**.\n\nDo you keep the blocks when a meeting lands on them?',
    typed: ' My API key is sk_live_4eC39HqLyjWDarjtT1zdp7dc, this shit is broken. DM me.',
    trips: ['confidential', 'inappropriate', 'self-promotion'],
  },
  // The newer markup of each site (tests/fixtures/sites/<site>-*.html; see the adapters' comments).
  {
    name: 'linkedin new share box (TipTap in a native <dialog>)',
    site: 'linkedin',
    fixture: 'linkedin-share-box-2026.html',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('dialog [aria-label="Text editor for creating content"]'),
    fixtureDraft:
      'We tried a written stand-up for six months. Three things stuck:\n\n' +
      '1. Two lines per person, posted before ten.\n2. Blockers go first.\n3. A call only when a thread passes five replies.',
    typed: ' Humbled to announce my new course: BUY NOW, this shit works. Call me at +39 347 123 4567.',
    trips: ['confidential', 'inappropriate', 'self-promotion'],
    others: [
      {
        editor: (page) => page.locator('[componentkey^="commentBox-"] [role="textbox"]'),
        draft: 'Same for us. The written stand-up also helps the people in other time zones.\n\nHow long are your updates?',
      },
    ],
  },
  {
    name: 'linkedin comment box with no form (TipTap)',
    site: 'linkedin',
    fixture: 'linkedin-share-box-2026.html',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editor: (page) => page.locator('[componentkey^="commentBox-"] [role="textbox"]'),
    fixtureDraft: 'Same for us. The written stand-up also helps the people in other time zones.\n\nHow long are your updates?',
    typed: ' Anyone who disagrees is an idiot. DM me for my course.',
    trips: ['inappropriate', 'self-promotion'],
  },
  {
    name: 'bluesky TipTap 3 editor with no label',
    site: 'bluesky',
    fixture: 'bluesky-tiptap3.html',
    platform: 'bluesky',
    url: 'https://bsky.app/',
    editor: (page) => page.locator('.tiptap.ProseMirror'),
    fixtureDraft: 'We repaired 31 bikes at the Saturday workshop.\n\nBring yours next month; tools and coffee are on us.',
    pasted: notes,
    typed: ' LINK IN BIO, this shit sells out. Write to giulia.verdi@gmail.com.',
    trips: ['confidential', 'inappropriate', 'length', 'self-promotion'],
  },
  {
    name: 'bluesky fallback textarea while the editor loads',
    site: 'bluesky',
    fixture: 'bluesky-fallback-input.html',
    platform: 'bluesky',
    url: 'https://bsky.app/',
    editor: (page) => page.locator('textarea.composer-fallback-input'),
    fixtureDraft: 'Trail report: the river path is open again after the floods.\n\nThe wooden bridge is new, the benches are not back yet.',
    typed: ' BUY MY TRAIL MAPS NOW, this shit is gold. Call me at +39 347 123 4567.',
    trips: ['confidential', 'inappropriate', 'self-promotion'],
  },
  {
    name: 'mastodon redesigned composer (textarea#composer-text, no .compose-form)',
    site: 'mastodon',
    fixture: 'mastodon-redesign.html',
    platform: 'mastodon',
    url: 'https://mastodon.social/home',
    editor: (page) => page.locator('#composer-text'),
    fixtureDraft: 'The bike lane on Via Roma is finally connected to the station.\n\nTen minutes from the old town, no cars on the way.',
    pasted: notes + notes,
    typed: ' BUY MY CITY MAPS NOW, DM me. This shit sells.',
    trips: ['inappropriate', 'length', 'self-promotion'],
  },
  {
    name: 'threads inline reply with no Lexical attributes',
    site: 'threads',
    fixture: 'threads-no-lexical.html',
    platform: 'threads',
    url: 'https://www.threads.com/@marco.e/post/C9aBcDeF',
    editor: (page) => page.locator('[role="textbox"]'),
    fixtureDraft: 'A plain squared one.\n\nThe fancy ones made me afraid to write badly.',
    typed: ' Link in bio, BUY NOW!!!! Damn good deal.',
    trips: ['inappropriate', 'self-promotion'],
  },
  {
    name: 'reddit markdown textarea two shadow roots deep (shreddit-markdown-composer)',
    site: 'reddit',
    fixture: 'reddit-markdown-nested.html',
    platform: 'reddit',
    url: 'https://www.reddit.com/r/productivity/comments/1abc23x/how_do_you_plan_your_week/',
    editor: (page) => page.locator('shreddit-markdown-composer textarea'),
    fixtureDraft: 'I batch errands into one afternoon.\n\nFewer trips, and **Saturday stays free**.',
    typed: ' My API key is sk_live_4eC39HqLyjWDarjtT1zdp7dc, this shit is broken. DM me.',
    trips: ['confidential', 'inappropriate', 'self-promotion'],
  },
];

describe('coaching a draft on each site', () => {
  test.for(cases)('$name', async (site, { ext }) => {
    const draft = site.fixtureDraft + (site.pasted ?? '') + site.typed;
    const expected = expectedReport(draft, site.platform);
    expect(categoriesOf(expected.findings), 'the draft trips the categories this test is about').toEqual(expect.arrayContaining(site.trips));

    ext.serve(site.url, site.fixture ?? `${site.site}.html`);
    const page = await ext.open(site.url);
    const editor = site.editor(page);
    const overlay = new OverlayDriver(editor);
    const before = await editorText(editor);
    await rememberEditorElements(editor);
    await watchEditorMutations(editor);

    await editor.click();
    await editor.press('ControlOrMeta+End');
    if (site.pasted) await page.keyboard.insertText(site.pasted);
    await typeAtEnd(editor, site.typed);

    // The badge: as many findings as the analysis gives, coloured by the worst.
    const state = await overlay.waitForReport(expected);
    expect(state.badge).toMatchObject({ count: expected.findings.length, worst: worstOf(expected.findings) });
    expect(state.hosts).toBe(1);

    // The panel lists them by category.
    const opened = await overlay.openPanel();
    expect(categoriesOf(opened.findings)).toEqual(categoriesOf(expected.findings));
    expect(opened.findings.map(({ rule, category, severity }) => ({ rule, category, severity })).sort(byRule)).toEqual(
      expected.findings.map(({ ruleId, category, severity }) => ({ rule: ruleId, category, severity })).sort(byRule),
    );

    // Highlights: every finding marked, with the Highlight API in rich editors, boxes over textareas.
    const textarea = await editor.evaluate((el) => el.localName === 'textarea');
    expect(opened.highlights.count).toBe(expected.findings.length);
    if (textarea) {
      // Boxes over the text that is scrolled into view, all within the textarea.
      expect(opened.highlights.mode).toBe('boxes');
      const inside = await textareaInside(editor);
      expect(opened.highlights.boxes.length).toBeGreaterThan(0);
      for (const box of opened.highlights.boxes) {
        expect(expected.findings.map(({ ruleId }) => ruleId)).toContain(box.rule);
        expect(within(box.rect, inside), `${box.rule} box ${JSON.stringify(box.rect)} within ${JSON.stringify(inside)}`).toBe(true);
      }
    } else {
      expect(opened.highlights.mode).toBe('highlight-api');
      const highlighted = await highlightedTexts(page);
      for (const finding of expected.findings) {
        const flagged = draft.slice(finding.span.start, finding.span.end).replaceAll('\n', '');
        expect(highlighted[finding.severity], `${finding.ruleId} highlights “${flagged}”`).toContain(flagged);
      }
    }

    // The editor holds the fixture's text and what was typed, and nothing of the extension's.
    expect(await editorText(editor)).toBe(before + (site.pasted ?? '') + site.typed);
    const integrity = await editorIntegrity(editor);
    expect(integrity.extensionNodes).toEqual([]);
    expect(integrity.added).toEqual([]);
    // Every mutation of the editor's DOM since before typing came from a keystroke: none from the extension.
    expect(await foreignMutations(editor)).toEqual([]);

    // The other boxes have overlays of their own, with the reports of their own drafts.
    for (const other of site.others ?? []) {
      expect((await new OverlayDriver(other.editor(page)).waitForReport(expectedReport(other.draft, site.platform))).hosts).toBe(1);
    }

    expect(ext.outbound).toEqual([]);
  });
});

const byRule = (a: { rule: string; severity: string }, b: { rule: string; severity: string }) =>
  a.rule.localeCompare(b.rule) || a.severity.localeCompare(b.severity);

/** Where a textarea shows text: inside its borders. */
function textareaInside(editor: Locator): Promise<Rect> {
  return editor.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const left = box.left + el.clientLeft;
    const top = box.top + el.clientTop;
    return { left, top, right: left + el.clientWidth, bottom: top + el.clientHeight };
  });
}

test('highlight boxes over a scrolled textarea cover only the text in view', async ({ ext }) => {
  const url = 'https://www.reddit.com/r/productivity/comments/1abc23x/how_do_you_plan_your_week/';
  ext.serve(url, 'reddit.html');
  const page = await ext.open(url);
  const editor = page.locator('shreddit-composer textarea[name="markdown"]');
  const overlay = new OverlayDriver(editor);
  const start = 'This shit works. ';
  await editor.click();
  await editor.press('ControlOrMeta+Home');
  await page.keyboard.type(start);
  await editor.press('ControlOrMeta+End');
  await page.keyboard.insertText(notes + notes);
  const draft = start + 'Same here, **Monday only**.\n\nDo you keep the blocks when a meeting lands on them?' + notes + notes;
  const expected = expectedReport(draft, 'reddit');
  expect(expected.findings.map(({ ruleId, span }) => [ruleId, span.start])).toContainEqual(['no-profanity', 5]);

  // Scrolled to the end: the profanity at the start is out of view, and so is its box.
  await overlay.waitForReport(expected);
  await expect.poll(async () => (await overlay.state())!.highlights.boxes.map(({ rule }) => rule)).not.toContain('no-profanity');
  const inside = await textareaInside(editor);
  for (const box of (await overlay.state())!.highlights.boxes) expect(within(box.rect, inside)).toBe(true);

  // Scrolled back to the top, its box is there, within the textarea.
  await editor.evaluate((el) => (el.scrollTop = 0));
  await expect.poll(async () => (await overlay.state())!.highlights.boxes.map(({ rule }) => rule)).toContain('no-profanity');
  for (const box of (await overlay.state())!.highlights.boxes) expect(within(box.rect, inside)).toBe(true);
});
