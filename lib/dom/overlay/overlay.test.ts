// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { Overlay } from './overlay';

function overlayFor(language: 'en' | 'it') {
  const composer = document.createElement('textarea');
  document.body.append(composer);
  const actions = { ignore: () => undefined, turnOff: () => undefined, openOptions: () => undefined, example: () => null };
  return new Overlay({ composer, mountPoint: composer, actions, t: translator(language), mode: 'pro' });
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
