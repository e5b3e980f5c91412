// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeRules } from '@/lib/analysis/catalogue';
import { categoryIds } from '@/lib/analysis/ids';
import { updateSettings } from '@/lib/settings/store';
import { findLesson, lessons } from '@/lib/lessons/registry';
import type { Request } from '@/lib/messaging/protocol';
import { render, settle, type Rendered } from '../testing';
import { LessonsApp } from './LessonsApp';

/** The background's answer to `get-rules`, from the rules themselves. */
const send = async (request: Request) =>
  request.type === 'get-rules' ? { type: 'rules' as const, rules: describeRules(request.uiLanguage) } : { type: 'error' as const, message: 'unexpected' };

describe('LessonsApp', () => {
  let rendered: Rendered;
  beforeEach(() => {
    fakeBrowser.reset();
    location.hash = '';
  });
  afterEach(() => rendered.unmount());

  it('lists every lesson under its rule\'s category, in the interface language, marking the drills done in that language', async () => {
    await updateSettings({ interfaceLanguage: 'it' });
    const progress = { load: async () => ({ done: ['no-teaser.it' as const, 'no-hard-sell.en' as const] }) };
    rendered = await render(<LessonsApp send={send} progress={progress} />);
    await settle(10);
    const sections = rendered.findAll('[data-pc="lesson-category"]');
    expect(sections.map((section) => section.dataset.category)).toEqual([...categoryIds]);
    const rules = new Map(describeRules('it').map((rule) => [rule.id, rule]));
    for (const section of sections) {
      for (const article of section.querySelectorAll<HTMLElement>('[data-pc="lesson"]')) expect(rules.get(article.dataset.rule!)!.category).toBe(section.dataset.category);
    }
    expect(rendered.findAll('[data-pc="lesson"]').length).toBe(lessons.length);
    const teaser = rendered.find('[data-pc="lesson"][data-rule="no-teaser"]');
    expect(teaser.querySelector('[data-pc="lesson-why"]')!.textContent).toContain(findLesson('no-teaser')!.text.it.why);
    expect(teaser.querySelector('[data-pc="practise"]')!.getAttribute('href')).toBe('/practice.html#no-teaser');
    expect(teaser.querySelector('[data-pc="lesson-practised"]')).not.toBeNull();
    // Done in English only: not practised in Italian.
    expect(rendered.find('[data-pc="lesson"][data-rule="no-hard-sell"]').querySelector('[data-pc="lesson-practised"]')).toBeNull();
  });

  it('opens at the lesson named in the address, and ignores an address that names none', async () => {
    location.hash = '#no-secrets';
    const progress = { load: async () => ({ done: [] }) };
    rendered = await render(<LessonsApp send={send} progress={progress} />);
    await settle(10);
    expect(rendered.findAll('[data-current="true"]').map((article) => article.dataset.rule)).toEqual(['no-secrets']);
    await rendered.unmount();

    location.hash = '#not-a-rule';
    rendered = await render(<LessonsApp send={send} progress={progress} />);
    await settle(10);
    expect(rendered.findAll('[data-current="true"]')).toEqual([]);
  });
});
