import { useId } from 'react';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
  /** Shown under the group while this choice is selected. */
  hint?: string;
}

interface ChoiceGroupProps<Value extends string> {
  legend: string;
  /** Also the radio group's name and the fieldset's `data-pc`, so it must be unique on the page. */
  name: string;
  value: Value;
  choices: readonly Choice<Value>[];
  onChange(value: Value): void;
}

/** A set of radio buttons drawn as segments: arrow keys move between them, as in any radio group. */
export function ChoiceGroup<Value extends string>({ legend, name, value, choices, onChange }: ChoiceGroupProps<Value>) {
  const hintId = useId();
  const hint = choices.find((choice) => choice.value === value)?.hint;
  return (
    <fieldset className="choice-group" data-pc={name} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div className="choices">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
