// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describeRules } from '@/lib/analysis/catalogue';
import { translator } from '@/lib/i18n/translate';
import { findLesson } from '@/lib/lessons/registry';
import { changeValue, click, render, settle, type Rendered } from '../testing';
import { Drill } from './Drill';

describe('Drill', () => {
  let rendered: Rendered;
  afterEach(() => rendered.unmount());

  it('checks the rewrite as it changes, and shows the model answer once the coach is quiet', async () => {
    const lesson = findLesson('no-confidential-terms')!;
    const rule = describeRules('it').find((info) => info.id === lesson.ruleId)!;
    let solved = 0;
    rendered = await render(<Drill lesson={lesson} rule={rule} language="it" mode="learner" t={translator('it')} onSolved={() => solved++} />);
    expect(rendered.find('[data-pc="drill-status"]').textContent).toBe(translator('it')('popup.checking'));
    await settle(10);
    const editor = rendered.find<HTMLTextAreaElement>('[data-pc="drill-editor"]');
    const status = () => rendered.find('[data-pc="drill-status"]');
    // The lesson's own options apply: the codename it lists is flagged, though nobody set it in the options.
    expect(editor.value).toBe(lesson.text.it.weak);
    expect(rendered.findAll('[data-pc="finding"][data-rule="no-confidential-terms"]').length).toBe(1);
    expect(status().dataset.quiet).toBe('false');

    await changeValue(editor, 'Si fa tardi in ufficio, ma il Progetto Falco RESTA UN MISTERO!!!');
    await settle(300);
    expect(status().dataset.quiet).toBe('false');
    expect(status().textContent).toMatch(/^Non ci sei ancora: \d suggerimenti da sistemare\.$/);
    expect(rendered.findAll('[data-pc="model-answer"]')).toEqual([]);

    await changeValue(editor, lesson.text.it.strong);
    await settle(300);
    expect(status().dataset.quiet).toBe('true');
    expect(rendered.find('[data-pc="model-answer"] blockquote').textContent).toBe(lesson.text.it.strong);
    expect(solved).toBe(1);

    await click(rendered.find('[data-pc="drill-restart"]'));
    expect(editor.value).toBe(lesson.text.it.weak);
    expect(status().dataset.quiet).toBe('false');
    expect(rendered.findAll('[data-pc="model-answer"]')).toEqual([]);
  });

  it('a tip-level rule\'s drill is passed only when that tip is gone too', async () => {
    const lesson = findLesson('min-readability')!;
    const rule = describeRules('en').find((info) => info.id === lesson.ruleId)!;
    rendered = await render(<Drill lesson={lesson} rule={rule} language="en" mode="pro" t={translator('en')} onSolved={() => undefined} />);
    await settle(10);
    const status = rendered.find('[data-pc="drill-status"]');
    expect(rendered.findAll('[data-pc="finding"][data-severity="warning"], [data-pc="finding"][data-severity="error"]')).toEqual([]);
    expect(status.dataset.quiet).toBe('false');
    expect(status.textContent).toBe('Not there yet: 1 suggestion to address.');
  });
});
