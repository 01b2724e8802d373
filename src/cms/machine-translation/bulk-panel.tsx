import { useState, type FormEvent } from 'react';
import { api, ApiError, segment } from '../api/client.ts';
import { Link } from '../components/link.tsx';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { LanguageSelect } from '../components/language-select.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { canMachineTranslateInto } from '../lib/permissions.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { BatchProgress } from './batch-progress.tsx';
import type { MachineTranslationStatus, RequestOutcome } from './types.ts';
import { useBatch } from './use-batch.ts';
import { BudgetLine } from './budget-line.tsx';

/**
 * "Translate everything outdated into language X": estimate what it costs against the month's budget
 * (paragraphs from the translation memory are free), then queue it and follow its progress.
 */
export function MachineTranslationPanel({
  region,
  titleOf,
  onTranslated,
}: {
  region: string;
  titleOf: (pageId: number) => string;
  onTranslated: () => void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const access = useSession().accessIn(region);
  const status = useApi<MachineTranslationStatus>(`/regions/${segment(region)}/machine-translation`);
  const [language, setLanguage] = useState('');
  const [states, setStates] = useState({ outdated: true, missing: false });
  const [estimate, setEstimate] = useState<RequestOutcome>();
  const [batchId, setBatchId] = useState<number | null>(null);
  const [error, setError] = useState<ApiError>();
  const [isBusy, setIsBusy] = useState(false);
  const { batch } = useBatch(region, batchId, () => {
    onTranslated();
    void status.reload();
  });
  if (!status.data) return null;
  const languages = status.data.languages.filter(
    (entry) => entry.isAvailable && canMachineTranslateInto(access, entry.tag),
  );
  const canConfigure = access?.actions.includes('region.manage-settings') ?? false;
  const chosen = language || languages[0]?.tag || '';

  const send = async (isEstimateOnly: boolean) => {
    setIsBusy(true);
    try {
      const chosenStates = (['outdated', 'missing'] as const).filter((key) => states[key]);
      const outcome = await api<RequestOutcome>(
        'POST',
        `/regions/${segment(region)}/machine-translation/requests`,
        {
          language: chosen,
          states: chosenStates,
          isEstimateOnly,
        },
      );
      setError(undefined);
      setEstimate(isEstimateOnly ? outcome : undefined);
      if (!isEstimateOnly) {
        setBatchId(outcome.batchId);
        void status.reload();
      }
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : undefined);
    } finally {
      setIsBusy(false);
    }
  };
  const estimateFirst = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  const change = (next: () => void) => {
    next();
    setEstimate(undefined);
  };

  return (
    <section className="panel mt-panel" aria-labelledby="mt-heading">
      <h2 id="mt-heading">{t('mt.title')}</h2>
      <BudgetLine budget={status.data.budget} />
      {languages.length === 0 ? (
        <Notice kind="info">
          {t('mt.noLanguage')}{' '}
          {canConfigure && <Link to={`/r/${segment(region)}/settings`}>{t('mt.toSettings')}</Link>}
        </Notice>
      ) : (
        <form className="filter-bar" onSubmit={estimateFirst}>
          <LanguageSelect
            label={t('mt.language')}
            value={chosen}
            tags={languages.map((entry) => entry.tag)}
            onChange={(tag) => change(() => setLanguage(tag))}
          />
          {(['outdated', 'missing'] as const).map((key) => (
            <label key={key} className="checkbox">
              <input
                type="checkbox"
                checked={states[key]}
                onChange={(event) => change(() => setStates({ ...states, [key]: event.target.checked }))}
              />{' '}
              {t(`mt.states.${key}`)}
            </label>
          ))}
          <button type="submit" disabled={isBusy || (!states.outdated && !states.missing)}>
            {t('mt.estimate')}
          </button>
        </form>
      )}
      <ErrorNotice error={error} />
      {estimate && (
        <div className="mt-estimate">
          <p>
            {t('mt.estimate.result', {
              pages: estimate.queued.length,
              characters: estimate.characters,
              memory: estimate.memoryUnits,
              language: languageName(chosen, uiLanguage),
            })}
            {estimate.leftOut.length > 0 &&
              ` ${t('mt.estimate.leftOut', { count: estimate.leftOut.length })}`}
          </p>
          {estimate.characters > estimate.budget.remaining ? (
            <Notice kind="error">
              {t('mt.estimate.overBudget', { remaining: estimate.budget.remaining })}
            </Notice>
          ) : (
            estimate.queued.length > 0 && (
              <button
                type="button"
                className="button-primary"
                disabled={isBusy}
                onClick={() => void send(false)}
              >
                {t('mt.start', { count: estimate.queued.length })}
              </button>
            )
          )}
        </div>
      )}
      {batch && <BatchProgress batch={batch} titleOf={titleOf} />}
    </section>
  );
}
