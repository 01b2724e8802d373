import type { ComponentChildren } from 'preact';
import type { Translator } from '../i18n.ts';
import type { LayoutModel } from '../view-models.ts';
import { Icon } from './icons.tsx';
import { LanguageList } from './language-list.tsx';

/** The document around every public page: head, skip link, header with language switch, footer. */
export function Layout(props: { model: LayoutModel; t: Translator['t']; children: ComponentChildren }) {
  const { model, t } = props;
  // Interface strings carry their own language where it differs from the content's (screen readers).
  const uiLang =
    model.uiLanguage.split('-')[0] === model.contentLanguage.split('-')[0] ? undefined : model.uiLanguage;
  return (
    <html lang={model.contentLanguage} dir={model.direction}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{model.region ? `${model.title} – ${model.region.name}` : model.title}</title>
        <meta name="description" content={model.description} />
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#0b5cad" />
        <link rel="canonical" href={model.canonicalUrl} />
        {model.alternates.map((alternate) => (
          <link rel="alternate" hreflang={alternate.hreflang} href={alternate.href} />
        ))}
        <meta property="og:title" content={model.title} />
        <meta property="og:description" content={model.description} />
        <meta property="og:url" content={model.canonicalUrl} />
        <meta property="og:type" content="website" />
        <meta property="og:locale" content={model.contentLanguage.replace('-', '_')} />
        {model.region && <meta property="og:site_name" content={`Lotse ${model.region.name}`} />}
        <link rel="stylesheet" href={model.assets.css} />
        <link rel="manifest" href={model.assets.manifest} />
        <link rel="icon" href={model.assets.icon} type="image/svg+xml" />
        <script type="module" src={model.assets.script} />
        {model.jsonLd && (
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: JSON.stringify(model.jsonLd).replace(/</g, '\\u003c') }}
          />
        )}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <header class="site-header" lang={uiLang}>
          <div class="bar">
            {model.region ? (
              <a class="brand" href={model.region.homeHref}>
                <Icon name="lotse" />
                <span>{model.region.name}</span>
              </a>
            ) : (
              <a class="brand" href="/">
                <Icon name="lotse" />
                <span>Lotse</span>
              </a>
            )}
            <div class="header-tools">
              {model.region && (
                <a class="tool-link" href={model.region.searchHref}>
                  <Icon name="search" />
                  <span>{t('nav.search')}</span>
                </a>
              )}
              <input type="checkbox" id="high-contrast" class="contrast-toggle" />
              <label class="tool-link contrast-label" for="high-contrast">
                <Icon name="contrast" />
                <span>{t('settings.highContrast')}</span>
              </label>
            </div>
          </div>
          {model.languages.length > 1 && (
            <nav class="language-switch" aria-label={t('nav.language')}>
              <LanguageList languages={model.languages} />
            </nav>
          )}
        </header>
        <main id="main" tabIndex={-1}>
          {model.region?.isUnwatched && (
            <p class="unwatched-notice" role="note" lang={uiLang}>
              {t('notice.unwatched')} <a href={model.region.contactHref}>{t('footer.contact')}</a>
            </p>
          )}
          {props.children}
        </main>
        <footer class="site-footer" lang={uiLang}>
          <p>{t('footer.about')}</p>
          {model.region && (
            <p>
              <a href={model.region.contactHref}>{t('footer.contact')}</a>
            </p>
          )}
          {model.region && (
            <p>
              <a href="/">{t('nav.chooseRegion')}</a>
            </p>
          )}
        </footer>
      </body>
    </html>
  );
}
