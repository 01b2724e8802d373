import type { Translator } from '../i18n.ts';
import type { NotFoundModel, NotTranslatedModel } from '../view-models.ts';

/** The page exists, but not in the chosen language: say so, and where it does exist. */
export function NotTranslatedView(props: { model: NotTranslatedModel; t: Translator['t'] }) {
  const { model, t } = props;
  return (
    <div class="notice">
      <h1>{t('notice.notTranslated.title', { language: model.languageName })}</h1>
      <p>{t('notice.notTranslated.body')}</p>
      <ul class="link-list">
        {model.languages.map((language) => (
          <li>
            <a href={language.href} hreflang={language.tag} lang={language.tag}>
              <span class="link-title">{language.nativeName}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Not found: a search box and the way back, in the reader's language. */
export function NotFoundView(props: { model: NotFoundModel; t: Translator['t'] }) {
  const { model, t } = props;
  return (
    <div class="notice">
      <h1>{t('notFound.title')}</h1>
      {model.searchHref ? (
        <>
          <p>{t('notFound.body')}</p>
          <form class="search-form" method="get" action={model.searchHref} role="search">
            <label for="not-found-query">{t('search.label', { region: model.regionName ?? '' })}</label>
            <div class="search-row">
              <input id="not-found-query" name="q" type="search" />
              <button type="submit">{t('search.button')}</button>
            </div>
          </form>
        </>
      ) : null}
      <ul class="link-list">
        {model.homeHref && (
          <li>
            <a href={model.homeHref}>
              <span class="link-title">{t('notFound.toStart', { region: model.regionName ?? '' })}</span>
            </a>
          </li>
        )}
        <ToPicker t={t} />
      </ul>
    </div>
  );
}

/** Offline, on a page that was not saved: what still works. */
export function OfflineView(props: { t: Translator['t'] }) {
  const { t } = props;
  return (
    <div class="notice">
      <h1>{t('offline.title')}</h1>
      <p>{t('offline.body')}</p>
      <ul class="link-list">
        <ToPicker t={t} />
      </ul>
    </div>
  );
}

function ToPicker(props: { t: Translator['t'] }) {
  return (
    <li>
      <a href="/">
        <span class="link-title">{props.t('notFound.toPicker')}</span>
      </a>
    </li>
  );
}
