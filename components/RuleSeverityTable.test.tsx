// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleInfo } from '@/lib/analysis/catalogue';
import type { RuleLevel } from '@/lib/analysis/schema';
import { translator } from '@/lib/i18n/translate';
import { withRuleLevel, type RuleOverrides } from './rule-overrides';
import { RuleSeverityTable } from './RuleSeverityTable';
import { changeValue, render, type Rendered } from './testing';

const rule = (id: string, category: RuleInfo['category'], defaultSeverity: RuleInfo['defaultSeverity']): RuleInfo => ({
  id,
  category,
  defaultSeverity,
  languages: ['en', 'it'],
  name: `Name of ${id}`,
  description: `What ${id} looks for.`,
  examples: {
    flagged: [{ text: `A draft ${id} flags`, language: 'en', platform: 'generic' }],
    ok: [{ text: `Una bozza che ${id} lascia passare`, language: 'it', platform: 'generic' }],
  },
});
const rules = [rule('no-humblebrag', 'self-promotion', 'warning'), rule('max-length', 'length', 'error'), rule('no-teaser', 'reader-value', 'info')];

describe('RuleSeverityTable', () => {
  let rendered: Rendered;
  afterEach(() => rendered.unmount());

  /** Renders the table; like the options page, each change applies to the overrides saved so far. */
  async function renderTable(initial: RuleOverrides): Promise<RuleOverrides[]> {
    let overrides = initial;
    const saved: RuleOverrides[] = [];
    const onLevelChange = (changed: RuleInfo, level: RuleLevel) => {
      overrides = withRuleLevel(overrides, changed, level);
      saved.push(overrides);
    };
    rendered = await render(<RuleSeverityTable rules={rules} overrides={initial} onLevelChange={onLevelChange} t={translator('en')} />);
    return saved;
  }

  const levelSelect = (id: string) => rendered.find<HTMLSelectElement>(`[data-rule="${id}"] [data-pc="rule-level"]`);

  it('groups the rules by category, in the fixed category order, with description, default and examples', async () => {
    await renderTable({});
    expect(rendered.findAll('caption').map((caption) => caption.textContent)).toEqual(['Self-promotion', 'Length', 'Value for readers']);
    const row = rendered.find('[data-rule="max-length"]');
    expect(row.textContent).toContain('What max-length looks for.');
    expect(row.querySelector('td .status-label')?.textContent).toBe('Error');
    expect(row.querySelector('details')?.textContent).toContain('A draft max-length flags');
    expect(row.querySelector('[data-kind="ok"] li')?.getAttribute('lang')).toBe('it');
    expect(levelSelect('max-length').getAttribute('aria-label')).toBe('Level of the rule "Name of max-length"');
    expect([...levelSelect('max-length').options].map((option) => option.text)).toEqual(['Off', 'Tip', 'Warning', 'Error (default)']);
  });

  it("changes a rule's level, and choosing its default again removes the override", async () => {
    const saved = await renderTable({ 'no-teaser': { options: { minWords: 3 } } });
    expect(levelSelect('no-humblebrag').value).toBe('warning');
    await changeValue(levelSelect('no-humblebrag'), 'off');
    await changeValue(levelSelect('no-teaser'), 'error');
    await changeValue(levelSelect('no-teaser'), 'info');
    expect(saved).toEqual([
      { 'no-teaser': { options: { minWords: 3 } }, 'no-humblebrag': { level: 'off' } },
      { 'no-teaser': { options: { minWords: 3 }, level: 'error' }, 'no-humblebrag': { level: 'off' } },
      { 'no-teaser': { options: { minWords: 3 } }, 'no-humblebrag': { level: 'off' } },
    ]);
  });

  it('shows the level the user chose', async () => {
    await renderTable({ 'max-length': { level: 'info' } });
    expect(levelSelect('max-length').value).toBe('info');
    expect(rendered.find('[data-rule="max-length"]').dataset.level).toBe('info');
  });
});
