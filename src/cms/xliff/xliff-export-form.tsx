import { useState } from 'react';
import { segment } from '../api/client.ts';
import { LanguageSelect } from '../components/language-select.tsx';
import { useI18n } from '../i18n/i18n.ts';

/** Choosing what to send to a translation agency: a language, what state, the XLIFF version, file or zip. */
export function XliffExportForm({ region, languages }: { region: string; languages: string[] }) {
  const { t } = useI18n();
  const [language, setLanguage] = useState(languages[0] ?? '');
  const [states, setStates] = useState('outdated,missing');
  const [version, setVersion] = useState('2.0');
  const [packaging, setPackaging] = useState('file');
  const query = new URLSearchParams({ language, states, version, packaging });
  return (
    <div className="filter-bar">
      <LanguageSelect label={t('mt.language')} value={language} tags={languages} onChange={setLanguage} />
      <label>
        <span className="label">{t('xliff.pages')}</span>
        <select value={states} onChange={(event) => setStates(event.target.value)}>
          <option value="outdated,missing">{t('xliff.pages.both')}</option>
          <option value="outdated">{t('xliff.pages.outdated')}</option>
          <option value="missing">{t('xliff.pages.missing')}</option>
        </select>
      </label>
      <label>
        <span className="label">{t('xliff.version')}</span>
        <select value={version} onChange={(event) => setVersion(event.target.value)}>
          <option value="2.0">XLIFF 2.0</option>
          <option value="1.2">XLIFF 1.2</option>
        </select>
      </label>
      <label>
        <span className="label">{t('xliff.packaging')}</span>
        <select value={packaging} onChange={(event) => setPackaging(event.target.value)}>
          <option value="file">{t('xliff.packaging.file')}</option>
          <option value="zip">{t('xliff.packaging.zip')}</option>
        </select>
      </label>
      {language && (
        <a className="button-like" href={`/api/cms/regions/${segment(region)}/xliff?${query}`} download>
          {t('xliff.export')}
        </a>
      )}
    </div>
  );
}
