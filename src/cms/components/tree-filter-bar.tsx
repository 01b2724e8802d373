import { useI18n } from '../i18n/i18n.ts';
import type { TreeFilter } from '../lib/page-tree.ts';
import { LanguageSelect } from './language-select.tsx';

const states = ['', 'missing', 'outdated', 'up-to-date', 'draft', 'review'] as const;

/** Narrowing the tree: by title, by state in a language, with or without archived pages. */
export function TreeFilterBar(props: {
  filter: TreeFilter;
  languages: string[];
  defaultLanguage: string;
  onChange(filter: TreeFilter): void;
  onExpandAll(): void;
  onCollapseAll(): void;
}) {
  const { t } = useI18n();
  const { filter, onChange } = props;
  return (
    <div role="search" className="filter-bar">
      <label>
        <span className="label">{t('tree.filter.text')}</span>
        <input
          type="search"
          value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
      <LanguageSelect
        label={t('tree.filter.language')}
        value={filter.language || props.defaultLanguage}
        tags={props.languages}
        onChange={(language) => onChange({ ...filter, language })}
      />
      <label>
        <span className="label">{t('tree.filter.state')}</span>
        <select
          value={filter.state}
          onChange={(event) => onChange({ ...filter, state: event.target.value as TreeFilter['state'] })}
        >
          {states.map((state) => (
            <option key={state} value={state}>
              {t(state ? `tree.filter.state.${state}` : 'tree.filter.state.any')}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filter.showArchived}
          onChange={(event) => onChange({ ...filter, showArchived: event.target.checked })}
        />{' '}
        {t('tree.filter.showArchived')}
      </label>
      <span className="button-row">
        <button type="button" onClick={props.onExpandAll}>
          {t('tree.expandAll')}
        </button>
        <button type="button" onClick={props.onCollapseAll}>
          {t('tree.collapseAll')}
        </button>
      </span>
    </div>
  );
}
