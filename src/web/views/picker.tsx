import type { Translator } from '../i18n.ts';
import type { PickerModel } from '../view-models.ts';
import { Icon } from './icons.tsx';
import { LanguageList } from './language-list.tsx';

/** `/`: find a region by name, alias or postal code, or near the reader. */
export function PickerView(props: { model: PickerModel; t: Translator['t'] }) {
  const { model, t } = props;
  return (
    <div class="picker">
      <h1>{t('picker.title')}</h1>
      <p class="lead">{t('picker.intro')}</p>
      <form class="search-form" method="get" action="/" role="search">
        <label for="region-query">{t('picker.searchLabel')}</label>
        <div class="search-row">
          <input id="region-query" name="q" type="search" value={model.query} autocomplete="postal-code" />
          <button type="submit">{t('picker.searchButton')}</button>
        </div>
      </form>
      <p>
        <button type="button" class="secondary" data-near-me hidden data-failed={t('picker.locationFailed')}>
          {t('picker.nearMe')}
        </button>
        <span class="status" role="status" data-locating={t('picker.locating')} />
      </p>
      <h2>
        {model.hasSearched ? t('picker.results', { count: model.regions.length }) : t('picker.allRegions')}
      </h2>
      <ul class="link-list">
        {model.regions.map((region) => (
          <li>
            <a href={region.href}>
              <span class="link-title">{region.name}</span>
              {region.distanceKm !== undefined && (
                <span class="link-meta">{t('picker.distance', { km: region.distanceKm })}</span>
              )}
              <Icon name="chevron" />
            </a>
          </li>
        ))}
      </ul>
      <nav class="ui-languages" aria-label={t('picker.interfaceLanguage')}>
        <h2>{t('picker.interfaceLanguage')}</h2>
        <LanguageList languages={model.uiLanguages} />
      </nav>
    </div>
  );
}
