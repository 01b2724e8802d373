import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { Field } from '../components/field.tsx';
import { ErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { navigate } from '../lib/router.ts';
import { useSubmit } from '../lib/use-submit.ts';
import { LANGUAGES } from '../../shared/languages.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { WorkspaceRegion } from './types.ts';

/** "Stadt Neu-Ulm" → "stadt-neu-ulm": a suggestion for the address, which the admin may change. */
export function slugSuggestion(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.regionSlugLength);
}

/**
 * Creates a region (platform admins): name, address, kind and languages. It starts as a draft, and the
 * admin lands on its go-live checklist.
 */
export function NewRegionForm() {
  const { t, language } = useI18n();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState<string>();
  const [kind, setKind] = useState<WorkspaceRegion['kind']>('city');
  const [defaultLanguage, setDefaultLanguage] = useState('de');
  const [further, setFurther] = useState<string[]>(['en']);
  const shownSlug = slug ?? slugSuggestion(name);
  const titleId = useId();
  const { submit, error, isBusy } = useSubmit(async () => {
    const created = await api<WorkspaceRegion>('POST', '/regions', {
      slug: shownSlug,
      name,
      kind,
      defaultLanguage,
      languages: [
        { tag: defaultLanguage, source: null },
        ...further.filter((tag) => tag !== defaultLanguage).map((tag) => ({ tag, source: defaultLanguage })),
      ],
    });
    navigate(`/r/${encodeURIComponent(created.slug)}/go-live`);
  });
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  const toggle = (tag: string, isChosen: boolean) =>
    setFurther((chosen) => (isChosen ? [...chosen, tag] : chosen.filter((other) => other !== tag)));
  return (
    <form className="panel" aria-labelledby={titleId} onSubmit={send}>
      <h2 id={titleId}>{t('newRegion.title')}</h2>
      <p className="hint">{t('newRegion.hint')}</p>
      <Field
        label={t('newRegion.name')}
        value={name}
        required
        maxLength={LIMITS.regionNameLength}
        onChange={(event) => setName(event.target.value)}
      />
      <Field
        label={t('newRegion.slug')}
        hint={t('newRegion.slugHint')}
        value={shownSlug}
        required
        onChange={(event) => setSlug(event.target.value)}
      />
      <label>
        <span className="label">{t('newRegion.kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as WorkspaceRegion['kind'])}>
          {(['city', 'county', 'provider'] as const).map((option) => (
            <option key={option} value={option}>
              {t(`newRegion.kinds.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="label">{t('newRegion.defaultLanguage')}</span>
        <select value={defaultLanguage} onChange={(event) => setDefaultLanguage(event.target.value)}>
          {LANGUAGES.map((known) => (
            <option key={known.tag} value={known.tag}>
              {languageName(known.tag, language)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('newRegion.languages')}</legend>
        <div className="checkbox-grid">
          {LANGUAGES.filter((known) => known.tag !== defaultLanguage).map((known) => (
            <label key={known.tag}>
              <input
                type="checkbox"
                checked={further.includes(known.tag)}
                onChange={(event) => toggle(known.tag, event.target.checked)}
              />{' '}
              {languageName(known.tag, language)}
            </label>
          ))}
        </div>
      </fieldset>
      <ErrorNotice error={error} />
      <button type="submit" disabled={isBusy}>
        {t('newRegion.create')}
      </button>
    </form>
  );
}
