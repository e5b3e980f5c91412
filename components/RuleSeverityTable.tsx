import { useEffect } from 'react';
import type { ExampleInfo, RuleInfo } from '@/lib/analysis/catalogue';
import { categoryIds, RuleLevelSchema, type RuleLevel } from '@/lib/analysis/schema';
import type { Translate } from '@/lib/i18n/translate';
import type { RuleOverrides } from './rule-overrides';
import { LockIcon } from './LockIcon';

interface RuleSeverityTableProps {
  rules: readonly RuleInfo[];
  overrides: RuleOverrides;
  onLevelChange(rule: RuleInfo, level: RuleLevel): void;
  t: Translate;
  /** Why a rule's level cannot be changed (a policy or a pack sets it), or nothing. */
  lockedBecause?(ruleId: string): string | undefined;
}

/** Every rule, grouped by category, with its description, examples and a level to choose. */
export function RuleSeverityTable({ rules, overrides, onLevelChange, t, lockedBecause }: RuleSeverityTableProps) {
  // "Turn off this rule" in the overlay opens the options at "#rule-<id>": show that rule's level.
  useEffect(() => {
    if (!rules.length || !location.hash.startsWith('#rule-')) return;
    const row = document.getElementById(location.hash.slice(1));
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector<HTMLElement>('select, input')?.focus({ preventScroll: true });
  }, [rules.length]);
  return (
    <div className="rule-tables" data-pc="rules">
      {categoryIds.map((category) => {
        const inCategory = rules.filter((rule) => rule.category === category);
        if (inCategory.length === 0) return null;
        return (
          <table key={category} className="rule-table" data-category={category}>
            <caption>{t(`category.${category}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options.rule')}</th>
                <th scope="col">{t('options.defaultLevel')}</th>
                <th scope="col">{t('options.level')}</th>
              </tr>
            </thead>
            <tbody>
              {inCategory.map((rule) => (
                <RuleRow key={rule.id} rule={rule} level={overrides[rule.id]?.level ?? rule.defaultSeverity} onChange={(level) => onLevelChange(rule, level)} t={t} locked={lockedBecause?.(rule.id)} />
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}

function RuleRow({ rule, level, onChange, t, locked }: { rule: RuleInfo; level: RuleLevel; onChange(level: RuleLevel): void; t: Translate; locked?: string }) {
  return (
    <tr id={`rule-${rule.id}`} data-pc="rule" data-rule={rule.id} data-level={level}>
      <th scope="row">
        <span className="rule-name">{rule.name}</span>
        <p className="rule-description">{rule.description}</p>
        <details className="rule-examples">
          <summary>{t('options.examples')}</summary>
          <ExampleList heading={t('options.examplesFlagged')} examples={rule.examples.flagged} kind="flagged" />
          <ExampleList heading={t('options.examplesOk')} examples={rule.examples.ok} kind="ok" />
        </details>
      </th>
      <td>
        <span className="status-label" data-status={rule.defaultSeverity}>
          {t(`severity.${rule.defaultSeverity}`)}
        </span>
      </td>
      <td>
        {locked && (
          <span className="lock-note" data-pc="rule-lock" title={locked}>
            <LockIcon />{' '}
            {locked}
          </span>
        )}
        <select data-pc="rule-level" aria-label={t('options.levelLabel', { rule: rule.name })} value={level} disabled={locked !== undefined} onChange={(event) => onChange(event.target.value as RuleLevel)}>
          {RuleLevelSchema.options.map((option) => (
            <option key={option} value={option}>
              {option === rule.defaultSeverity ? t('options.levelDefault', { level: t(`severity.${option}`) }) : t(`severity.${option}`)}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

function ExampleList({ heading, examples, kind }: { heading: string; examples: readonly ExampleInfo[]; kind: 'flagged' | 'ok' }) {
  if (examples.length === 0) return null;
  return (
    <div className="example-list" data-kind={kind}>
      <h4>{heading}</h4>
      <ul>
        {examples.map((example, index) => (
          <li key={index} lang={example.language}>
            {example.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
