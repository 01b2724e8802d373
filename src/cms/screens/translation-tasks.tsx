// A translator's own list: what is outdated, waiting for review, begun or missing in their languages.
import { useState } from 'react';
import { segment } from '../api/client.ts';
import { LanguageSelect } from '../components/language-select.tsx';
import { Link } from '../components/link.tsx';
import { Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';

type TaskState = 'outdated' | 'machine-translated' | 'in-translation' | 'missing';

interface TranslationTasks {
  languages: { tag: string; counts: Record<TaskState, number> }[];
  tasks: {
    pageId: number;
    language: string;
    state: TaskState;
    sourceTitle: string | null;
    title: string | null;
  }[];
}

const pageSize = 200;

/** The signed-in user's translation tasks in a region, most urgent first, with counts per language. */
export function TranslationTasksScreen({ region }: { region: string }) {
  const { t, language: uiLanguage } = useI18n();
  useTitle(t('tasks.title'));
  const [language, setLanguage] = useState('');
  const [shown, setShown] = useState(pageSize);
  const query = language ? `?${new URLSearchParams({ language })}` : '';
  const loaded = useApi<TranslationTasks>(`/regions/${segment(region)}/translation-tasks${query}`);

  if (loaded.isLoading && !loaded.data) return <Loading />;
  if (!loaded.data) return <RegionErrorNotice error={loaded.error} />;
  const { languages, tasks } = loaded.data;
  return (
    <section>
      <h1>{t('tasks.title')}</h1>
      {languages.length === 0 ? (
        <Notice kind="info">{t('tasks.noLanguages')}</Notice>
      ) : (
        <>
          <p className="muted">{t('tasks.intro')}</p>
          <ul className="progress-list">
            {languages.map((entry) => (
              <li key={entry.tag}>
                <span className="label">{languageName(entry.tag, uiLanguage)}</span>{' '}
                <span className="muted">
                  {(Object.keys(entry.counts) as TaskState[])
                    .filter((state) => entry.counts[state] > 0)
                    .map((state) => t(`translations.count.${state}`, { count: entry.counts[state] }))
                    .join(' · ') || t('progress.up-to-date')}
                </span>
              </li>
            ))}
          </ul>
          <div role="search" className="filter-bar">
            <LanguageSelect
              label={t('tasks.language')}
              value={language}
              tags={languages.map((entry) => entry.tag)}
              onChange={setLanguage}
            >
              <option value="">{t('tasks.allLanguages')}</option>
            </LanguageSelect>
            <p role="status">{t('tasks.summary', { count: tasks.length })}</p>
          </div>
          {tasks.length === 0 ? (
            <Notice kind="success">{t('tasks.allDone')}</Notice>
          ) : (
            <TaskTable region={region} tasks={tasks.slice(0, shown)} />
          )}
          {tasks.length > shown && (
            <button type="button" onClick={() => setShown(shown + pageSize)}>
              {t('tasks.more', { count: tasks.length - shown })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function TaskTable({ region, tasks }: { region: string; tasks: TranslationTasks['tasks'] }) {
  const { t, language: uiLanguage } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data task-table">
        <caption className="visually-hidden">{t('tasks.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tasks.page')}</th>
            <th scope="col">{t('tasks.language')}</th>
            <th scope="col">{t('tasks.state')}</th>
            <th scope="col">{t('tasks.translation')}</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const title = task.sourceTitle ?? t('tree.untitled', { id: task.pageId });
            return (
              <tr key={`${task.pageId}:${task.language}`}>
                <th scope="row">
                  <Link to={`/r/${segment(region)}/pages/${task.pageId}/${segment(task.language)}`}>
                    {title}
                  </Link>
                </th>
                <td>{languageName(task.language, uiLanguage)}</td>
                <td className={`progress-${task.state}`}>{t(`progress.${task.state}`)}</td>
                <td>{task.title ?? <span className="muted">{t('tasks.noTranslationYet')}</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
