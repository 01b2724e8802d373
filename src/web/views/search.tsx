import type { Translator } from '../i18n.ts';
import type { SearchModel } from '../view-models.ts';
import { FeedbackForm } from './feedback-form.tsx';

/** `/{region}/{lang}/search?q=`: the search form and its results with highlighted snippets. */
export function SearchView(props: {
  model: SearchModel;
  t: Translator['t'];
  regionName: string;
  action: string;
}) {
  const { model, t } = props;
  return (
    <div class="search-page">
      <h1>{t('search.title')}</h1>
      <form class="search-form" method="get" action={props.action} role="search">
        <label for="search-query">{t('search.label', { region: props.regionName })}</label>
        <div class="search-row">
          <input id="search-query" name="q" type="search" value={model.query} data-search-as-you-type />
          <button type="submit">{t('search.button')}</button>
        </div>
      </form>
      <div
        class="search-results"
        aria-live="polite"
        data-offline-search
        data-region={model.regionSlug}
        data-language={model.language}
        data-offline-note={t('offline.searchOffline')}
        data-no-results={t('search.noResultsHelp')}
      >
        {model.isTooShort ? (
          model.query !== '' && <p>{t('search.tooShort')}</p>
        ) : (
          <>
            <h2>{t('search.results', { count: model.results.length, query: model.query })}</h2>
            {model.results.length === 0 && <p>{t('search.noResultsHelp')}</p>}
            <ol class="result-list">
              {model.results.map((result) => (
                <li>
                  <a href={result.href}>{result.title}</a>
                  {result.onlyInLanguage && (
                    <span class="badge">{t('search.onlyIn', { language: result.onlyInLanguage })}</span>
                  )}
                  <p>{result.snippet.map((part) => (part.isMatch ? <mark>{part.text}</mark> : part.text))}</p>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
      {model.feedback && <FeedbackForm feedback={model.feedback} t={t} />}
    </div>
  );
}
