import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { loadFixture } from '../../tests/fixtures/sites/load-fixture';
import { parentAcrossShadow } from '../dom/parent-across-shadow';
import { expectEveryRangeToMatch } from '../dom/testing';
import type { SiteAdapter } from './define-site';
import { siteForUrl } from './registry';

export interface SiteExpectations {
  /** The text of each compose box in the site's fixture, in the order they are found. */
  drafts: string[];
  /**
   * For each compose box, the text of its publish button, or null where it has none. Leave out
   * for sites whose adapter offers no publish button.
   */
  publishButtons?: (string | null)[];
  /** Real page addresses the content script must run on, and some it must not. */
  urls: { matching: string[]; notMatching: string[] };
}

/**
 * The tests every site adapter passes against `tests/fixtures/sites/<id>.html`. Run in a test file
 * whose environment is happy-dom. Site-specific checks go in the adapter's own test file.
 */
export function testSite(site: SiteAdapter, expected: SiteExpectations): void {
  const load = () => {
    loadFixture(site.id);
    return site.findComposers(document);
  };

  describe(`${site.id} adapter on its fixture`, () => {
    it('finds exactly the compose boxes, and reads their drafts', () => {
      expect(load().map((composer) => site.readDraft(composer).text)).toEqual(expected.drafts);
    });

    it('the fixture has a draft with two paragraphs and a blank line', () => {
      expect(expected.drafts.some((draft) => /\S\n\n\S[^]*\S/.test(draft))).toBe(true);
    });

    it('maps offsets back to the DOM', () => {
      for (const composer of load()) {
        const draft = site.readDraft(composer);
        if (draft.map.kind === 'textarea') {
          expect(draft.map.element).toBe(composer);
          expect(draft.map.positionOf(draft.text.length)).toBe(draft.text.length);
          expect(draft.map.rangeFor(0, draft.text.length)).toBeNull();
        } else if (!composer.querySelector('img[alt]:not([alt=""])')) {
          // Emoji images have no DOM text; drafts holding them are checked in the site's own test.
          expectEveryRangeToMatch(draft);
        }
      }
    });

    it('mounts outside each editor, on one of its ancestors', () => {
      for (const composer of load()) {
        const mount = site.mountPoint(composer);
        expect(mount === composer || composer.contains(mount)).toBe(false);
        let ancestor: Element | null = composer;
        while (ancestor && ancestor !== mount) ancestor = parentAcrossShadow(ancestor);
        expect(ancestor).toBe(mount);
      }
    });

    it(expected.publishButtons ? 'finds each publish button' : 'offers no publish button', () => {
      const composers = load();
      if (!expected.publishButtons) {
        expect(site.publishButton).toBeUndefined();
        return;
      }
      const found = composers.map((composer) => site.publishButton!(composer)?.textContent?.trim() ?? null);
      expect(found).toEqual(expected.publishButtons);
    });

    it('never changes the page', () => {
      const composers = load();
      const snapshot = () =>
        document.documentElement.outerHTML +
        composers.map((composer) => (composer.getRootNode() as ShadowRoot).innerHTML ?? '').join('');
      const before = snapshot();
      for (const composer of composers) {
        const draft = site.readDraft(composer);
        draft.map.rangeFor(0, draft.text.length);
        site.mountPoint(composer);
        site.publishButton?.(composer);
      }
      expect(snapshot()).toBe(before);
    });

    it('runs on the real addresses only', () => {
      const patterns = site.matches.map((match) => new MatchPattern(match));
      for (const url of expected.urls.matching) {
        expect(patterns.some((pattern) => pattern.includes(url)), url).toBe(true);
        expect(siteForUrl(url)?.id, url).toBe(site.id);
      }
      for (const url of expected.urls.notMatching) {
        expect(patterns.some((pattern) => pattern.includes(url)), url).toBe(false);
      }
    });
  });
}
