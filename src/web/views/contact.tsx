import type { Translator } from '../i18n.ts';
import type { ContactModel } from '../view-models.ts';
import { FeedbackForm } from './feedback-form.tsx';

/** Who is responsible for the region's app, how to reach them and how soon they answer; the legal pages. */
export function ContactView(props: { model: ContactModel; t: Translator['t'] }) {
  const { model, t } = props;
  const { official } = model;
  return (
    <article class="contact">
      <h1>{t('contact.title')}</h1>
      <section aria-labelledby="contact-responsible">
        <h2 id="contact-responsible">{t('contact.responsible', { region: model.regionName })}</h2>
        {official ? (
          <dl class="contact-details">
            {official.name && (
              <>
                <dt>{t('contact.name')}</dt>
                <dd lang={model.officialLanguage} dir="auto">
                  {official.name}
                </dd>
              </>
            )}
            {official.email && (
              <>
                <dt>{t('contact.email')}</dt>
                <dd>
                  <a href={`mailto:${official.email}`}>{official.email}</a>
                </dd>
              </>
            )}
            {official.phone && (
              <>
                <dt>{t('contact.phone')}</dt>
                <dd>
                  <a href={`tel:${official.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                    {official.phone}
                  </a>
                </dd>
              </>
            )}
            {official.officeHours && (
              <>
                <dt>{t('contact.officeHours')}</dt>
                <dd lang={model.officialLanguage} dir="auto">
                  {official.officeHours}
                </dd>
              </>
            )}
            {official.responseDays !== null && (
              <>
                <dt>{t('contact.responseTime')}</dt>
                <dd>{t('contact.responseDays', { count: official.responseDays })}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t('contact.nobody')}</p>
        )}
      </section>
      {model.legalPages.length > 0 && (
        <section aria-labelledby="contact-legal">
          <h2 id="contact-legal">{t('contact.legal')}</h2>
          <ul class="link-list">
            {model.legalPages.map((page) => (
              <li>
                <a href={page.href} hreflang={page.inLanguage?.tag}>
                  <span class="link-title" lang={page.inLanguage?.tag}>
                    {page.title}
                  </span>
                  {page.inLanguage && (
                    <span class="badge">{t('search.onlyIn', { language: page.inLanguage.nativeName })}</span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FeedbackForm feedback={model.feedback} t={t} />
    </article>
  );
}
