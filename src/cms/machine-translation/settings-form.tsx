import { useState, type FormEvent } from 'react';
import { api, ApiError, segment } from '../api/client.ts';
import { ErrorNotice, Loading, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useApi } from '../lib/use-api.ts';
import { BudgetLine } from './budget-line.tsx';
import type { MachineTranslationLanguage, MachineTranslationStatus } from './types.ts';

type LanguageSettings = Omit<MachineTranslationLanguage, 'isAvailable' | 'source'>;

/** The region's machine translation: the monthly budget and, per translated language, who translates how. */
export function MachineTranslationSettingsForm({ region }: { region: string }) {
  const { t, language: uiLanguage } = useI18n();
  const path = `/regions/${segment(region)}/machine-translation`;
  const status = useApi<MachineTranslationStatus>(path);
  const [budget, setBudget] = useState<string>();
  const [changes, setChanges] = useState<Record<string, LanguageSettings>>({});
  const [error, setError] = useState<ApiError>();
  const [isSaved, setIsSaved] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  if (!status.data) return status.error ? <ErrorNotice error={status.error} /> : <Loading />;
  const { providers } = status.data;
  const translated = status.data.languages.filter((entry) => entry.source !== null);
  const settingsOf = (entry: MachineTranslationLanguage): LanguageSettings => changes[entry.tag] ?? entry;
  const change = (tag: string, next: LanguageSettings) => {
    setChanges({ ...changes, [tag]: next });
    setIsSaved(false);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    try {
      await api('PUT', `${path}/settings`, {
        monthlyCharacters: Number(budget ?? status.data?.budget.monthlyCharacters),
        languages: translated.map((entry) => {
          const { tag, provider, formality, mayPublishDirectly } = settingsOf(entry);
          return { tag, provider, formality, mayPublishDirectly };
        }),
      });
      setError(undefined);
      setIsSaved(true);
      setChanges({});
      setBudget(undefined);
      await status.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : undefined);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form className="settings-form" onSubmit={(event) => void save(event)} aria-labelledby="mt-settings">
      <h2 id="mt-settings">{t('mt.settings.title')}</h2>
      <BudgetLine budget={status.data.budget} />
      <label>
        <span className="label">{t('mt.settings.budget')}</span>
        <input
          type="number"
          min={0}
          step={1000}
          value={budget ?? status.data.budget.monthlyCharacters}
          onChange={(event) => {
            setBudget(event.target.value);
            setIsSaved(false);
          }}
        />
      </label>
      <p className="hint">{t('mt.settings.budgetHint')}</p>
      {!providers.deepl && !providers.libretranslate && (
        <Notice kind="info">{t('mt.settings.noProviders')}</Notice>
      )}
      <table className="data">
        <caption className="visually-hidden">{t('mt.settings.languages')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mt.language')}</th>
            <th scope="col">{t('mt.settings.provider')}</th>
            <th scope="col">{t('mt.settings.formality')}</th>
            <th scope="col">{t('mt.settings.direct')}</th>
          </tr>
        </thead>
        <tbody>
          {translated.map((entry) => {
            const current = settingsOf(entry);
            const name = languageName(entry.tag, uiLanguage);
            return (
              <tr key={entry.tag}>
                <th scope="row">{name}</th>
                <td>
                  <select
                    aria-label={t('mt.settings.providerFor', { language: name })}
                    value={current.provider ?? ''}
                    onChange={(event) =>
                      change(entry.tag, {
                        ...current,
                        provider: (event.target.value || null) as LanguageSettings['provider'],
                      })
                    }
                  >
                    <option value="">{t('mt.settings.none')}</option>
                    <option value="deepl">
                      DeepL{providers.deepl ? '' : ` (${t('mt.settings.notSetUp')})`}
                    </option>
                    <option value="libretranslate">
                      LibreTranslate{providers.libretranslate ? '' : ` (${t('mt.settings.notSetUp')})`}
                    </option>
                  </select>
                </td>
                <td>
                  <select
                    aria-label={t('mt.settings.formalityFor', { language: name })}
                    value={current.formality ?? ''}
                    onChange={(event) =>
                      change(entry.tag, {
                        ...current,
                        formality: (event.target.value || null) as LanguageSettings['formality'],
                      })
                    }
                  >
                    <option value="">{t('mt.settings.formality.default')}</option>
                    <option value="more">{t('mt.settings.formality.more')}</option>
                    <option value="less">{t('mt.settings.formality.less')}</option>
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('mt.settings.directFor', { language: name })}
                    checked={current.mayPublishDirectly}
                    onChange={(event) =>
                      change(entry.tag, { ...current, mayPublishDirectly: event.target.checked })
                    }
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('mt.settings.directHint')}</p>
      <ErrorNotice error={error} />
      {isSaved && <Notice kind="success">{t('settings.saved')}</Notice>}
      <button type="submit" className="button-primary" disabled={isBusy}>
        {t('mt.settings.save')}
      </button>
    </form>
  );
}
