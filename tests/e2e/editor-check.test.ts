/**
 * The editor check the site tests rely on (`watchEditorMutations` / `foreignMutations`) tells a
 * keystroke's mutations from anyone else's: typing alone leaves it empty, and a change made to the
 * editor from outside a keystroke (as an extension's would be) is reported, whatever its kind.
 */
import { expect } from 'vitest';
import { test } from './fixtures';
import { foreignMutations, typeAtEnd, watchEditorMutations } from './harness';

const url = 'https://www.threads.com/';

test('typing alone causes no foreign mutation; an outside change to the editor is reported', async ({ ext }) => {
  ext.serve(url, 'threads.html');
  const page = await ext.open(url);
  const editor = page.locator('[aria-label="Text field. Type to compose a new post."]');
  await watchEditorMutations(editor);
  await typeAtEnd(editor, ' One more line.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('And a new paragraph.');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(500);
  expect(await foreignMutations(editor)).toEqual([]);

  await editor.evaluate((el) => {
    el.setAttribute('data-checked', 'yes');
    el.querySelector('span')!.firstChild!.textContent += '!';
    el.append(document.createElement('mark'));
  });
  const foreign = await foreignMutations(editor);
  expect(foreign).toHaveLength(3);
  expect(foreign[0]).toContain('div[data-checked] null -> "yes"');
  expect(foreign[1]).toMatch(/^#\#text text /);
  expect(foreign[2]).toContain('+[<mark></mark>]');
});
