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
    expect(rendered.find('[data-pc="finding"] .finding-message').textContent).toBe('Avviso "Buy now" pushes a sale.');
    expect(rendered.findAll('[data-pc="finding-why"], [data-pc="finding-fix"]')).toEqual([]);
  });

  it('links to the lesson of its rule, in a new tab, in both modes', async () => {
    for (const mode of ['learner', 'pro'] as const) {
      rendered = await render(<ul><FindingCard finding={finding} mode={mode} t={translator('it')} /></ul>);
      const link = rendered.find<HTMLAnchorElement>('[data-pc="learn-more"]');
      expect(link.getAttribute('href')).toBe('/lessons.html#no-hard-sell');
      expect(link.target).toBe('_blank');
      expect(link.textContent).toBe('Scopri di più');
      await rendered.unmount();
    }
    rendered = await render(<ul />);
  });
});
