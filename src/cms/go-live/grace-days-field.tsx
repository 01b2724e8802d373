import { Field } from '../components/field.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { LIMITS } from '../../shared/limits.ts';

/** The region setting of how many days after its official left the public app says nobody is responsible. */
export function GraceDaysField(props: { days: number | undefined; onChange: (days: number) => void }) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('goLive.grace.legend')}</legend>
      <Field
        label={t('goLive.grace.label')}
        hint={t('goLive.grace.hint', { max: LIMITS.officialGraceMaxDays })}
        type="number"
        inputMode="numeric"
        min={0}
        max={LIMITS.officialGraceMaxDays}
        required
        value={props.days === undefined || Number.isNaN(props.days) ? '' : props.days}
        onChange={(event) => props.onChange(event.target.valueAsNumber)}
      />
    </fieldset>
  );
}
