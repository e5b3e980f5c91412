import { useEffect, useId, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n/translate';

/** "Reset to defaults" with an inline confirmation, focus moving to it and back. */
export function ResetSettings({ onReset, t }: { onReset(): Promise<void>; t: Translate }) {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Only after the user has answered does focus go back to the reset button, not on first render.
  const answered = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (answered.current) resetButton.current?.focus();
  }, [confirming]);

  function answer(reset: boolean) {
    answered.current = true;
    setConfirming(false);
    if (reset) void onReset();
  }

  if (!confirming) {
    return (
      <button ref={resetButton} type="button" className="danger" data-pc="reset" onClick={() => setConfirming(true)}>
        {t('options.resetButton')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId} data-pc="reset-confirmation">
      <p id={questionId}>{t('options.resetQuestion')}</p>
      <button type="button" className="danger" data-pc="reset-confirm" onClick={() => answer(true)}>
        {t('options.resetConfirm')}
      </button>
      <button ref={cancelButton} type="button" data-pc="reset-cancel" onClick={() => answer(false)}>
        {t('options.resetCancel')}
      </button>
    </div>
  );
}
