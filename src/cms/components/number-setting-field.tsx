import { Field } from './field.tsx';

/** A whole-number region setting in its own group: a legend, the labelled input and a hint with its range. */
export function NumberSettingField(props: {
  legend: string;
  label: string;
  hint: string;
  min: number;
  max: number;
  value: number | undefined;
  onChange: (value: number) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      <Field
        label={props.label}
        hint={props.hint}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        required
        value={props.value === undefined || Number.isNaN(props.value) ? '' : props.value}
        onChange={(event) => props.onChange(event.target.valueAsNumber)}
      />
    </fieldset>
  );
}
