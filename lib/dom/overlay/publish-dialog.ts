import type { Finding } from '../../analysis/schema';
import { MAX_REASON_LENGTH } from '../../audit/limits';
import type { Translate } from '../../i18n/translate';
import { el } from './element';

export interface PublishDialogOptions {
  t: Translate;
  /** The findings that stopped the post, in the order to list them. */
  findings: readonly Finding[];
  /** Ask for a reason before "Publish anyway". */
  askReason: boolean;
  review(): void;
  /** Called with the reason (trimmed, empty when none was asked for). */
  publishAnyway(reason: string): void;
}

/**
 * The check before Publish: which findings stopped the post, "Review" and "Publish anyway". Built
 * for the overlay's shadow root (`Overlay.present`); a modal alert dialog that takes the focus
 * (on "Review", the safe choice), keeps Tab inside it, and treats Esc as "Review".
 */
export function publishDialog({ t, findings, askReason, review, publishAnyway }: PublishDialogOptions): HTMLElement {
  const style = el('style');
  style.textContent = publishDialogCss;
  const title = el('h2', { id: 'pc-publish-title' }, t('publish.title'));
  const intro = el('p', { id: 'pc-publish-intro' }, findings.length === 1 ? t('publish.introOne') : t('publish.intro', { count: findings.length }));
  const list = el(
    'ul',
    {},
    ...findings.map((finding) =>
      el(
        'li',
        { 'data-pc': 'publish-finding', 'data-rule': finding.ruleId, 'data-severity': finding.severity },
        el('span', { class: 'label' }, `${t(`severity.${finding.severity}`)}: `),
        finding.message,
      ),
    ),
  );
  const reviewButton = el('button', { type: 'button', class: 'primary', 'data-pc': 'publish-review' }, t('publish.review'));
  const anywayButton = el('button', { type: 'button', 'data-pc': 'publish-anyway' }, t('publish.anyway'));
  const dialog = el('div', {
    class: 'publish-check',
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': 'pc-publish-title',
    'aria-describedby': 'pc-publish-intro',
    'data-pc': 'publish-check',
  });
  const parts: Node[] = [title, intro, list];
  let reason: HTMLTextAreaElement | null = null;
  let missing: HTMLElement | null = null;
  if (askReason) {
    reason = el('textarea', { id: 'pc-publish-reason', 'data-pc': 'publish-reason', rows: '2', maxlength: String(MAX_REASON_LENGTH) });
    missing = el('p', { class: 'problem', id: 'pc-publish-missing', 'data-pc': 'publish-reason-missing', hidden: '' }, t('publish.reasonMissing'));
    reason.setAttribute('aria-describedby', 'pc-publish-missing');
    parts.push(el('label', { for: 'pc-publish-reason' }, t('publish.reason')), reason, missing);
  }
  parts.push(el('div', { class: 'actions' }, reviewButton, anywayButton));
  dialog.append(...parts);
  const backdrop = el('div', { class: 'publish-backdrop', 'data-pc': 'publish-backdrop' }, style, dialog);

  let done = false;
  const finish = (then: () => void) => {
    if (done) return;
    done = true;
    backdrop.remove();
    then();
  };
  reviewButton.addEventListener('click', () => finish(review));
  anywayButton.addEventListener('click', () => {
    const written = reason?.value.trim() ?? '';
    if (reason && !written) {
      missing!.hidden = false;
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    finish(() => publishAnyway(written));
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      finish(review);
    } else if (event.key === 'Tab') {
      const focusable = [...dialog.querySelectorAll<HTMLElement>('button, textarea')];
      const active = (dialog.getRootNode() as ShadowRoot).activeElement;
      const index = focusable.indexOf(active as HTMLElement);
      const next = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : (index + 1) % focusable.length;
      event.preventDefault();
      focusable[next]?.focus();
    }
  });
  return backdrop;
}

/** Focuses the dialog's first choice, once it is in the page. */
export function focusPublishDialog(backdrop: HTMLElement): void {
  backdrop.querySelector<HTMLElement>(backdrop.querySelector('[data-pc="publish-reason"]') ? '[data-pc="publish-reason"]' : '[data-pc="publish-review"]')?.focus();
}

const publishDialogCss = `
.publish-backdrop {
  position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  background: rgb(0 0 0 / 0.35); visibility: visible; pointer-events: auto;
}
.publish-check {
  box-sizing: border-box; width: min(440px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  background: var(--pc-bg); color: var(--pc-fg); border: 1px solid var(--pc-border); border-top: 4px solid var(--pc-error);
  border-radius: 10px; box-shadow: 0 12px 32px rgb(0 0 0 / 0.3); padding: 16px;
}
.publish-check h2 { font-size: 15px; margin: 0 0 6px; }
.publish-check p { margin: 0 0 8px; }
.publish-check ul { margin: 0 0 12px; padding: 0; list-style: none; }
.publish-check li { padding: 6px 8px; margin: 4px 0; border-radius: 6px; border-left: 3px solid var(--pc-error); background: var(--pc-hover); }
.publish-check li[data-severity="warning"] { border-left-color: var(--pc-warning); }
.publish-check .label { font-weight: 600; }
.publish-check label { display: block; font-weight: 600; margin-bottom: 4px; }
.publish-check textarea { box-sizing: border-box; width: 100%; font: inherit; color: inherit; background: var(--pc-bg); border: 1px solid var(--pc-border); border-radius: 6px; padding: 6px; }
.publish-check textarea:focus-visible { outline: 2px solid var(--pc-focus); }
.publish-check .problem { color: var(--pc-error); margin-top: 4px; }
.publish-check .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
.publish-check .actions button { border: 1px solid var(--pc-border); background: var(--pc-bg); border-radius: 6px; padding: 6px 12px; }
.publish-check .actions button.primary { background: var(--pc-focus); border-color: var(--pc-focus); color: #fff; font-weight: 600; }
`;
