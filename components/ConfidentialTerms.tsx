import { useEffect, useId, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n/translate';

/** Typing pauses this long before the terms are saved, so storage is not written on every key. */
const SAVE_DELAY_MS = 500;

/** One term per line; blank lines and repeats dropped. */
function parseTerms(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}

/** The team's confidential terms (codenames, client names), one per line, saved when the user pauses or leaves the box. */
export function ConfidentialTerms({ terms, onChange, t }: { terms: readonly string[]; onChange(terms: string[]): void; t: Translate }) {
  const id = useId();
  const storedText = terms.join('\n');
  // The text is kept as typed (blank lines included); only its terms are stored.
  const [text, setText] = useState(storedText);
  const pendingSave = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Follows changes made elsewhere (a reset) without rewriting what the user is typing.
  useEffect(() => {
    setText((current) => (parseTerms(current).join('\n') === storedText ? current : storedText));
  }, [storedText]);
  useEffect(() => () => clearTimeout(pendingSave.current), []);

  function save(value: string) {
    clearTimeout(pendingSave.current);
    const edited = parseTerms(value);
    if (edited.join('\n') !== storedText) onChange(edited);
  }

  function edit(value: string) {
    setText(value);
    clearTimeout(pendingSave.current);
    pendingSave.current = setTimeout(() => save(value), SAVE_DELAY_MS);
  }

  return (
    <div className="field" data-pc="terms">
      <label htmlFor={id}>{t('options.termsLabel')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('options.termsHint')}
      </p>
      <textarea id={id} data-pc="terms-input" rows={5} aria-describedby={`${id}-hint`} spellCheck={false} value={text} onChange={(event) => edit(event.target.value)} onBlur={() => save(text)} />
    </div>
  );
}
