// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '@/lib/analysis/schema';
import { translator } from '@/lib/i18n/translate';
import type { Request, Response } from '@/lib/messaging/protocol';
import { CheckAnyText } from './CheckAnyText';
import { changeValue, click, render, settle, type Rendered } from './testing';

/** What the background would answer for a shouty X post of 312 characters. */
const report: Report = {
  language: 'en',
  platform: 'x',
  categories: { 'self-promotion': 'ok', inappropriate: 'warning', confidential: 'ok', length: 'error', 'reader-value': 'info' },
  findings: [
    { ruleId: 'no-teaser', category: 'reader-value', severity: 'info', messageId: 'teaser', message: 'A teaser with no content.', why: 'Teasers get skipped.', fix: 'Say the news.', data: {}, span: { start: 0, end: 8 } },
    { ruleId: 'max-length', category: 'length', severity: 'error', messageId: 'over', message: '32 characters over the limit.', why: 'X refuses it.', fix: 'Cut a sentence.', data: {}, span: { start: 280, end: 312 } },
    { ruleId: 'no-shouting', category: 'inappropriate', severity: 'warning', messageId: 'caps', message: 'ALL CAPS reads as shouting.', why: 'It feels aggressive.', fix: 'Write it in sentence case.', data: {}, span: { start: 10, end: 20 } },
  ],
  stats: { characters: 312, limit: 280, graphemes: 312, words: 50, sentences: 4, readingSeconds: 15, readability: 60, foldAt: null },
};

describe('CheckAnyText', () => {
  let rendered: Rendered;
  afterEach(() => rendered.unmount());

  async function renderWith(reply: (request: Request) => Promise<Response>) {
    const sent: Request[] = [];
    const send = (request: Request) => (sent.push(request), reply(request));
    rendered = await render(<CheckAnyText send={send} uiLanguage="en" mode="learner" initialPlatform="generic" t={translator('en')} />);
    return sent;
  }

  async function check(text: string, platform?: string) {
    await changeValue(rendered.find<HTMLTextAreaElement>('[data-pc="check-text"]'), text);
    if (platform) await changeValue(rendered.find<HTMLSelectElement>('[data-pc="check-platform"]'), platform);
    await click(rendered.find('[data-pc="check-button"]'));
    await settle();
  }

  it('sends the text and platform to the analyser and shows the report, most serious first', async () => {
    const sent = await renderWith(async (request) => ({ type: 'report', id: request.type === 'analyze' ? request.id : 0, report }));
    await check('BIG NEWS SOON…', 'x');
    expect(sent).toEqual([{ type: 'analyze', id: 1, text: 'BIG NEWS SOON…', platform: 'x', uiLanguage: 'en' }]);
    expect(rendered.find('[data-pc="check-status"]').textContent).toBe('3 suggestions.');
    const statuses = rendered.findAll('[data-pc="categories"] li').map((item) => `${item.dataset.category}=${item.dataset.status}`);
    expect(statuses).toEqual(['self-promotion=ok', 'inappropriate=warning', 'confidential=ok', 'length=error', 'reader-value=info']);
    expect(rendered.findAll('[data-pc="finding"]').map((card) => card.dataset.rule)).toEqual(['max-length', 'no-shouting', 'no-teaser']);
    expect(rendered.find('[data-rule="max-length"] [data-pc="finding-fix"]').textContent).toBe('How to fix it: Cut a sentence.');
    const length = rendered.find('[data-pc="length"]');
    expect(length.textContent).toBe('312 / 280 characters');
    expect(length.dataset.over).toBe('true');
  });

  it('lists every platform by name', async () => {
    await renderWith(async () => ({ type: 'ok' }));
    const options = [...rendered.find<HTMLSelectElement>('[data-pc="check-platform"]').options];
    expect(options.map((option) => option.value)).toEqual(['x', 'linkedin', 'facebook', 'threads', 'bluesky', 'mastodon', 'instagram', 'reddit', 'generic']);
    expect(options.map((option) => option.text)).toContain('Any platform');
    expect(rendered.find<HTMLSelectElement>('[data-pc="check-platform"]').value).toBe('generic');
  });

  it('asks for text instead of sending an empty draft', async () => {
    const sent = await renderWith(async () => ({ type: 'ok' }));
    await check('   ');
    expect(sent).toEqual([]);
    expect(rendered.find('[data-pc="check-status"]').textContent).toBe('Write or paste some text first.');
  });

  it('says so when the background fails', async () => {
    await renderWith(async () => {
      throw new Error('Could not establish connection');
    });
    await check('Hello');
    expect(rendered.find('[data-pc="check-status"]').textContent).toBe('The check did not work: Could not establish connection');
    expect(rendered.findAll('[data-pc="report"]')).toEqual([]);
  });
});
