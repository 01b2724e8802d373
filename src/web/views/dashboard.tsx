import type { Translator } from '../i18n.ts';
import type { DashboardModel } from '../view-models.ts';
import { Icon } from './icons.tsx';

/** `/{region}/{lang}/`: the top-level topics as tiles. */
export function DashboardView(props: { model: DashboardModel; t: Translator['t'] }) {
  const { model, t } = props;
  return (
    <div class="dashboard">
      <h1>{model.regionName}</h1>
      {model.tiles.length === 0 ? (
        <p class="empty">{t('dashboard.empty')}</p>
      ) : (
        <ul class="tiles">
          {model.tiles.map((tile) => (
            <li>
              <a href={tile.href} class="tile">
                <Icon name={tile.icon} />
                <span class="tile-title">{tile.title}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <section
        class="offline-save"
        aria-labelledby="offline-save-heading"
        data-offline-save
        data-region={model.regionSlug}
        data-language={model.language}
        hidden
      >
        <h2 id="offline-save-heading">
          <Icon name="offline" />
          {t('offline.save', { region: model.regionName })}
        </h2>
        <button
          type="button"
          data-save-label={t('offline.save', { region: model.regionName })}
          data-update-label={t('offline.update')}
        >
          {t('offline.save', { region: model.regionName })}
        </button>
        <p
          class="status"
          role="status"
          data-saving={t('offline.saving')}
          data-failed={t('offline.failed')}
          data-saved={t('offline.saved', { date: '{date}', size: '{size}' })}
        />
      </section>
    </div>
  );
}
