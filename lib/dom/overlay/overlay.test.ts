// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/index';
import type { Finding } from '../../analysis/schema';
import { translator } from '../../i18n/translate';
import { readDraft } from '../read-draft';
import { Overlay } from './overlay';

function overlayFor(language: 'en' | 'it', learnMore: (finding: Finding) => void = () => undefined) {
  const composer = document.createElement('textarea');
  document.body.append(composer);
  const actions = { ignore: () => undefined, turnOff: () => undefined, openOptions: () => undefined, learnMore, example: () => null };
  return Object.assign(new Overlay({ composer, mountPoint: composer, actions, t: translator(language), mode: 'pro' }), { composer });
}

describe('a draft over the message cap', () => {
  it('gets a visible message in the badge instead of the last report, in English and in Italian', () => {
    for (const [language, text] of [['en', 'Too long to check here'], ['it', 'Troppo lungo da controllare qui']] as const) {
      const overlay = overlayFor(language);
      overlay.showTooLong();
      const root = document.querySelector('post-coach-overlay:last-of-type')!.shadowRoot!;
      const badge = root.querySelector<HTMLElement>('[data-pc="badge"]')!;
      expect(badge.hidden).toBe(false);
      expect(badge.dataset.worst).toBe('too-long');
      expect(root.querySelector('[data-pc="too-long"]')!.textContent).toContain(text);
      expect(badge.getAttribute('aria-label')).toContain(text);
      expect(root.querySelector<HTMLElement>('[data-pc="panel"]')!.hidden).toBe(true);
      overlay.destroy();
    }
  });
});

describe('"Learn more" on a finding', () => {
  it('asks for the lesson of that finding\'s rule, labelled in the interface language', () => {
    const asked: string[] = [];
    const overlay = overlayFor('it', (finding) => asked.push(finding.ruleId));
    overlay.composer.value = 'Buy now, only 3 left!';
    const report = analyze(overlay.composer.value, { language: 'en', uiLanguage: 'it' });
    expect(report.findings.map((finding) => finding.ruleId)).toContain('no-hard-sell');
    overlay.update(report, readDraft(overlay.composer));
    const root = document.querySelector('post-coach-overlay:last-of-type')!.shadowRoot!;
    const button = root.querySelector<HTMLButtonElement>('[data-pc="finding"][data-rule="no-hard-sell"] [data-pc="learn-more"]')!;
    expect(button.textContent).toBe('Scopri di più');
    expect(button.getAttribute('aria-label')).toContain('no-hard-sell');
    button.click();
    expect(asked).toEqual(['no-hard-sell']);
    overlay.destroy();
  });
});
