import { Field } from '../components/field.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { LIMITS } from '../../shared/limits.ts';

/** The region setting of how many months after publication or the last review a text is due again. */
export function ReviewIntervalField(props: {
  months: number | undefined;
  onChange: (months: number) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('freshness.settings.legend')}</legend>
      <Field
        label={t('freshness.settings.label')}
        hint={t('freshness.settings.hint', { max: LIMITS.reviewIntervalMaxMonths })}
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.reviewIntervalMaxMonths}
        required
        value={props.months === undefined || Number.isNaN(props.months) ? '' : props.months}
        onChange={(event) => props.onChange(event.target.valueAsNumber)}
      />
    </fieldset>
  );
}
