// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding, Report } from '@/lib/analysis/schema';
import { translator } from '@/lib/i18n/translate';
import { ReportView } from './ReportView';
import { render, type Rendered } from './testing';

const finding = (category: Finding['category'], severity: Finding['severity']): Finding => ({
  ruleId: 'no-teaser',
  category,
  severity,
  messageId: 'm',
  message: 'Message',
  why: 'Why',
  fix: 'Fix',
  data: {},
  span: { start: 0, end: 1 },
});

const report: Report = {
  language: 'en',
  platform: 'linkedin',
  categories: { 'self-promotion': 'warning', inappropriate: 'ok', confidential: 'error', length: 'info', 'reader-value': 'ok' },
  findings: [finding('self-promotion', 'warning'), finding('confidential', 'error'), finding('confidential', 'error'), finding('length', 'info')],
  stats: { characters: 120, limit: 3000, graphemes: 120, words: 20, sentences: 2, readingSeconds: 6, readability: 55, foldAt: 210 },
};

describe('the score in a report view', () => {
  let rendered: Rendered | undefined;
  afterEach(() => rendered?.unmount());

  it('shows the score out of 100 with an accessible meter, and each category\'s points, in English and Italian', async () => {
    for (const [language, label, points] of [
      ['en', 'score 69 out of 100', '0 of 20 points'],
      ['it', 'punteggio 69 su 100', '0 punti su 20'],
    ] as const) {
      rendered = await render(<ReportView report={report} mode="learner" t={translator(language)} summary />);
      const score = rendered.find('[data-pc="post-score"]');
      expect(score.dataset.score).toBe('69');
      expect(rendered.find('[data-pc="post-score"] meter').getAttribute('aria-label')).toBe(label);
      const categoryPoints = rendered.findAll('[data-pc="categories"] [data-category]').map((item) => [item.dataset.category, item.querySelector('[data-pc="category-score"]')!.textContent]);
      expect(categoryPoints).toEqual([
        ['self-promotion', '12/20'],
        ['inappropriate', '20/20'],
        ['confidential', '0/20'],
        ['length', '17/20'],
        ['reader-value', '20/20'],
      ]);
      expect(rendered.find('[data-category="confidential"] [data-pc="category-score"]').getAttribute('aria-label')).toBe(points);
      await rendered.unmount();
      rendered = undefined;
    }
  });
});
