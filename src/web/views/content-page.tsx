import type { Translator } from '../i18n.ts';
import type { ContentPageModel } from '../view-models.ts';
import { FeedbackForm } from './feedback-form.tsx';
import { Icon } from './icons.tsx';

/** A content page: breadcrumb, text, sub-pages, tools, feedback. */
export function ContentPageView(props: { model: ContentPageModel; t: Translator['t'] }) {
  const { model, t } = props;
  return (
    <article class="content-page">
      {model.breadcrumb.length > 0 && (
        <nav class="breadcrumb" aria-label={t('nav.breadcrumb')}>
          <ol>
            {model.breadcrumb.map((crumb) => (
              <li>
                <a href={crumb.href}>{crumb.title}</a>
                <Icon name="chevron" />
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1>{model.title}</h1>
      <p class="meta">{t('page.lastUpdated', { date: model.lastUpdated })}</p>
      <div class="page-tools" role="group" aria-label={t('page.tools')}>
        <button type="button" class="tool" data-read-aloud hidden data-stop={t('page.stopReading')}>
          <Icon name="speaker" />
          <span>{t('page.readAloud')}</span>
        </button>
        <button type="button" class="tool" data-print hidden>
          <Icon name="print" />
          <span>{t('page.print')}</span>
        </button>
      </div>
      <div class="content" dangerouslySetInnerHTML={{ __html: model.html }} />
      {model.children.length > 0 && (
        <section class="subpages" aria-labelledby="subpages-heading">
          <h2 id="subpages-heading">{t('page.subpages')}</h2>
          <ul class="link-list">
            {model.children.map((child) => (
              <li>
                <a href={child.href}>
                  <span class="link-title">{child.title}</span>
                  <span class="link-meta">{child.excerpt}</span>
                  <Icon name="chevron" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <details class="share">
        <summary>
          <Icon name="share" />
          {t('page.share')}
        </summary>
        <p>
          <label for="share-link">{t('page.shareLink')}</label>
          <input id="share-link" type="url" readOnly value={model.share.url} dir="ltr" />
          <button type="button" class="secondary" data-copy-link hidden data-copied={t('page.linkCopied')}>
            {t('page.copyLink')}
          </button>
        </p>
        <figure class="qr">
          <div dangerouslySetInnerHTML={{ __html: model.share.qrSvg }} />
          <figcaption>{t('page.qrCode')}</figcaption>
        </figure>
      </details>
      <FeedbackForm feedback={model.feedback} t={t} />
    </article>
  );
}
