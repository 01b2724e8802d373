import { useId } from 'react';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { FEEDBACK_STATUSES, type InboxFilters } from './types.ts';

/** The inbox's filters; each choice applies at once. */
export function FeedbackFilterBar(props: {
  filters: InboxFilters;
  languages: readonly string[];
  onChange(filters: InboxFilters): void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const { filters } = props;
  const choose =
    <K extends keyof InboxFilters>(key: K) =>
    (value: string) =>
      props.onChange({ ...filters, [key]: value as InboxFilters[K] });
  const all: [string, string] = ['', t('feedback.filter.all')];
  return (
    <div className="filter-bar feedback-filters" role="search" aria-label={t('feedback.filters')}>
      <FilterSelect
        label={t('feedback.filter.status')}
        value={filters.status}
        onChange={choose('status')}
        options={[
          all,
          ['open', t('feedback.filter.open')],
          ...FEEDBACK_STATUSES.map((status): [string, string] => [status, t(`feedback.status.${status}`)]),
        ]}
      />
      <FilterSelect
        label={t('feedback.filter.language')}
        value={filters.language}
        onChange={choose('language')}
        options={[
          all,
          ...props.languages.map((tag): [string, string] => [tag, languageName(tag, uiLanguage)]),
        ]}
      />
      <FilterSelect
        label={t('feedback.filter.kind')}
        value={filters.kind}
        onChange={choose('kind')}
        options={[
          all,
          ...(['page', 'search', 'region'] as const).map((kind): [string, string] => [
            kind,
            t(`feedback.kind.${kind}`),
          ]),
        ]}
      />
      <FilterSelect
        label={t('feedback.filter.rating')}
        value={filters.rating}
        onChange={choose('rating')}
        options={[
          all,
          ['helpful', t('feedback.rating.helpful')],
          ['not-helpful', t('feedback.rating.not-helpful')],
          ['none', t('feedback.rating.none')],
        ]}
      />
      <FilterSelect
        label={t('feedback.filter.assigned')}
        value={filters.assigned}
        onChange={choose('assigned')}
        options={[all, ['me', t('feedback.filter.me')], ['unassigned', t('feedback.filter.unassigned')]]}
      />
      <FilterSelect
        label={t('feedback.filter.comment')}
        value={filters.hasComment}
        onChange={choose('hasComment')}
        options={[
          all,
          ['true', t('feedback.filter.withComment')],
          ['false', t('feedback.filter.withoutComment')],
        ]}
      />
    </div>
  );
}

function FilterSelect(props: {
  label: string;
  value: string;
  options: readonly [string, string][];
  onChange(value: string): void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
