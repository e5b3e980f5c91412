import { useEffect, useId, useRef, useState } from 'react';

interface ConfirmActionProps {
  /** `data-pc` of the button; the confirmation uses `<name>-confirmation`, `<name>-confirm` and `<name>-cancel`. */
  name: string;
  label: string;
  question: string;
  confirm: string;
  cancel: string;
  onConfirm(): Promise<void>;
}

/** A destructive button with an inline confirmation, focus moving to it and back. */
export function ConfirmAction({ name, label, question, confirm, cancel, onConfirm }: ConfirmActionProps) {
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const actionButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Only after the user has answered does focus go back to the button, not on first render.
  const answered = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (answered.current) actionButton.current?.focus();
  }, [confirming]);

  function answer(confirmed: boolean) {
    answered.current = true;
    setConfirming(false);
    if (confirmed) void onConfirm();
  }

  if (!confirming) {
    return (
      <button ref={actionButton} type="button" className="danger" data-pc={name} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId} data-pc={`${name}-confirmation`}>
      <p id={questionId}>{question}</p>
      <button type="button" className="danger" data-pc={`${name}-confirm`} onClick={() => answer(true)}>
        {confirm}
      </button>
      <button ref={cancelButton} type="button" data-pc={`${name}-cancel`} onClick={() => answer(false)}>
        {cancel}
      </button>
    </div>
  );
}
