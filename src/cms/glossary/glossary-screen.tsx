import { useState } from 'react';
import { api, ApiError, segment } from '../api/client.ts';
import { ErrorNotice, Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';
import { TermForm } from './term-form.tsx';
import type { GlossaryTerm } from './types.ts';

/** The region's glossary: agreed translations of terms, and names that stay as they are. */
export function GlossaryScreen({ region }: { region: string }) {
  const { t, language: uiLanguage } = useI18n();
  useTitle(t('glossary.title'));
  const access = useSession().accessIn(region);
  const canManage = access?.actions.includes('glossary.manage') ?? false;
  const glossary = useApi<{ terms: GlossaryTerm[] }>(`/regions/${segment(region)}/glossary`);
  const languages = useApi<{ languages: { tag: string; source: string | null }[] }>(
    `/regions/${segment(region)}/machine-translation`,
  );
  const [editing, setEditing] = useState<GlossaryTerm | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<ApiError>();
  if (!glossary.data) return glossary.error ? <RegionErrorNotice error={glossary.error} /> : <Loading />;
  const targetLanguages = (languages.data?.languages ?? []).filter((entry) => entry.source).map((e) => e.tag);
  const shown = glossary.data.terms.filter((term) =>
    term.term.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const remove = async (term: GlossaryTerm) => {
    if (!window.confirm(t('glossary.removeConfirm', { term: term.term }))) return;
    try {
      await api('DELETE', `/regions/${segment(region)}/glossary/${term.id}`);
      setError(undefined);
      await glossary.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : undefined);
    }
  };
  const saved = async () => {
    setEditing(null);
    await glossary.reload();
  };

  return (
    <section>
      <div className="screen-heading">
        <h1>{t('glossary.title')}</h1>
        {canManage && editing === null && (
          <button type="button" className="button-primary" onClick={() => setEditing('new')}>
            {t('glossary.add')}
          </button>
        )}
      </div>
      <p className="hint">{t('glossary.intro')}</p>
      {editing !== null && (
        <TermForm
          region={region}
          term={editing === 'new' ? null : editing}
          languages={targetLanguages}
          onSaved={() => void saved()}
          onCancel={() => setEditing(null)}
        />
      )}
      <ErrorNotice error={error} />
      <div role="search" className="filter-bar">
        <label>
          <span className="label">{t('glossary.filter')}</span>
          <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </label>
      </div>
      {shown.length === 0 ? (
        <Notice kind="info">
          {t(glossary.data.terms.length === 0 ? 'glossary.empty' : 'glossary.noMatch')}
        </Notice>
      ) : (
        <table className="data">
          <caption className="visually-hidden">{t('glossary.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('glossary.term')}</th>
              <th scope="col">{t('glossary.translations')}</th>
              <th scope="col">{t('glossary.note')}</th>
              {canManage && <th scope="col">{t('glossary.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((term) => (
              <tr key={term.id}>
                <th scope="row">{term.term}</th>
                <td>
                  {term.isDoNotTranslate ? (
                    <span className="badge">{t('glossary.doNotTranslate')}</span>
                  ) : (
                    <ul className="plain-list">
                      {Object.entries(term.translations).map(([tag, text]) => (
                        <li key={tag}>
                          {languageName(tag, uiLanguage)}: <span lang={tag}>{text}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{term.note}</td>
                {canManage && (
                  <td className="button-row">
                    <button type="button" onClick={() => setEditing(term)}>
                      {t('glossary.edit', { term: term.term })}
                    </button>
                    <button type="button" onClick={() => void remove(term)}>
                      {t('glossary.remove', { term: term.term })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
