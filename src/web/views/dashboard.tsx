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
    </div>
  );
}
