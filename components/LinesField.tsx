import { useEffect, useId, useRef, useState } from 'react';

/** Typing pauses this long before the lines are saved, so storage is not written on every key. */
const SAVE_DELAY_MS = 500;

/** One entry per line; blank lines and repeats dropped. */
export function parseLines(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}

interface LinesFieldProps {
  label: string;
  hint: string;
  lines: readonly string[];
  onChange(lines: string[]): void;
  /** The field's and the text box's `data-pc`. */
  name: string;
  inputName: string;
}

/** A list edited as one line per entry, saved when the user pauses or leaves the box. */
export function LinesField({ label, hint, lines, onChange, name, inputName }: LinesFieldProps) {
  const id = useId();
  const storedText = lines.join('\n');
  // The text is kept as typed (blank lines included); only its entries are stored.
  const [text, setText] = useState(storedText);
  const pendingSave = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Follows changes made elsewhere (a reset, a policy) without rewriting what the user is typing.
  useEffect(() => {
    setText((current) => (parseLines(current).join('\n') === storedText ? current : storedText));
  }, [storedText]);
  useEffect(() => () => clearTimeout(pendingSave.current), []);

  function save(value: string) {
    clearTimeout(pendingSave.current);
    const edited = parseLines(value);
    if (edited.join('\n') !== storedText) onChange(edited);
  }

  function edit(value: string) {
    setText(value);
    clearTimeout(pendingSave.current);
    pendingSave.current = setTimeout(() => save(value), SAVE_DELAY_MS);
  }

  return (
    <div className="field" data-pc={name}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea id={id} data-pc={inputName} rows={5} aria-describedby={`${id}-hint`} spellCheck={false} value={text} onChange={(event) => edit(event.target.value)} onBlur={() => save(text)} />
    </div>
  );
}
