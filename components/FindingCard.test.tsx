// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/analysis/schema';
import { translator } from '@/lib/i18n/translate';
import { FindingCard } from './FindingCard';
import { render, type Rendered } from './testing';

const finding: Finding = {
  ruleId: 'no-hard-sell',
  category: 'self-promotion',
  severity: 'warning',
  messageId: 'hardSell',
  message: '"Buy now" pushes a sale.',
  why: 'Readers scroll past adverts.',
  fix: 'Say what the product does for them.',
  data: {},
  span: { start: 0, end: 7 },
};

describe('FindingCard', () => {
  let rendered: Rendered;
  afterEach(() => rendered.unmount());

  it('explains why and how to fix in learner mode', async () => {
    rendered = await render(<ul><FindingCard finding={finding} mode="learner" t={translator('en')} /></ul>);
    const card = rendered.find('[data-pc="finding"]');
    expect(card.dataset.severity).toBe('warning');
    expect(card.textContent).toContain('Warning');
    expect(card.textContent).toContain('"Buy now" pushes a sale.');
    expect(rendered.find('[data-pc="finding-why"]').textContent).toBe('Why it matters: Readers scroll past adverts.');
    expect(rendered.find('[data-pc="finding-fix"]').textContent).toBe('How to fix it: Say what the product does for them.');
  });

  it('shows only the message in pro mode, in the interface language', async () => {
    rendered = await render(<ul><FindingCard finding={finding} mode="pro" t={translator('it')} /></ul>);
    expect(rendered.find('[data-pc="finding"]').textContent).toBe('Avviso "Buy now" pushes a sale.');
    expect(rendered.findAll('[data-pc="finding-why"], [data-pc="finding-fix"]')).toEqual([]);
  });
});
