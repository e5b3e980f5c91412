import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../lib/analysis/registry';
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScripts } from '../bench/content-scripts';
import { extensionDir } from './harness';

/**
 * The content scripts stay thin: they run in every page of the sites, so they carry the DOM layer
 * and nothing of the analysis, which the background alone loads (DESIGN.md, "Content scripts stay thin").
 */

/** Strings that survive minification and only come with each library (its model, config or internals). */
const libraryMarkers = {
  'the base verbs': 'abscond', // the English verbs the imperative check reads, generated from compromise
  'twitter-text': 'transformedURLLength', // its configuration's key
  zod: '$ZodType', // the trait every schema carries
};

const background = readFileSync(join(extensionDir, 'background.js'), 'utf8');
const scripts = contentScripts(extensionDir);

describe('content scripts', () => {
  it('are built for every site', () => {
    expect(scripts.map(({ site }) => site)).toEqual(expect.arrayContaining(['x', 'mastodon', 'linkedin']));
  });

  // The background holds the analysis: if a marker or a rule id is not found there, it no longer
  // identifies what it stands for, and its absence from the content scripts would prove nothing.
  it('are checked with markers that the analysis in the background does contain', () => {
    for (const marker of Object.values(libraryMarkers)) expect(background, marker).toContain(marker);
    for (const { id } of rules) expect(background, id).toContain(id);
  });

  describe.each(scripts)('$file', ({ code, gzippedBytes }) => {
    it(`weighs at most ${CONTENT_SCRIPT_BUDGET_BYTES / 1000} kB gzipped`, () => {
      expect(gzippedBytes).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
    });

    it('carries no analysis code: no word list, twitter-text, zod or rule', () => {
      const found = [
        ...Object.entries(libraryMarkers).flatMap(([library, marker]) => (code.includes(marker) ? [library] : [])),
        ...rules.flatMap(({ id }) => (code.includes(id) ? [`rule ${id}`] : [])),
      ];
      expect(found).toEqual([]);
    });
  });
});
