import { useState, type FormEvent } from 'react';
import { api, segment } from '../api/client.ts';
import type { PageTree } from '../api/types.ts';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { titleOf } from '../lib/page-tree.ts';
import { LEGAL_PURPOSES, type GoLiveChecklist, type LegalPurpose } from './types.ts';
import { useSubmit } from '../lib/use-submit.ts';

/** Chooses which pages are the imprint, the privacy notice and the accessibility statement. */
export function LegalPagesForm(props: {
  region: string;
  checklist: GoLiveChecklist;
  tree: PageTree;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Record<LegalPurpose, string>>(
    () =>
      Object.fromEntries(
        LEGAL_PURPOSES.map((purpose) => [purpose, String(props.checklist.legalPages[purpose] ?? '')]),
      ) as Record<LegalPurpose, string>,
  );
  const { submit, error, isBusy, isSaved } = useSubmit(
    () =>
      api(
        'PUT',
        `/regions/${segment(props.region)}/legal-pages`,
        Object.fromEntries(
          LEGAL_PURPOSES.map((purpose) => [purpose, chosen[purpose] ? Number(chosen[purpose]) : null]),
        ),
      ),
    props.onSaved,
  );
  const pages = props.tree.pages.filter((page) => !page.isArchived);
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  return (
    <form className="panel" aria-labelledby="legal-title" onSubmit={send}>
      <h2 id="legal-title">{t('goLive.legal.title')}</h2>
      <p className="hint">{t('goLive.legal.hint')}</p>
      {LEGAL_PURPOSES.map((purpose) => (
        <label key={purpose}>
          <span className="label">{t(`goLive.legal.${purpose}`)}</span>
          <select
            value={chosen[purpose]}
            onChange={(event) => setChosen({ ...chosen, [purpose]: event.target.value })}
          >
            <option value="">{t('goLive.legal.none')}</option>
            {pages.map((page) => (
              <option key={page.id} value={page.id}>
                {titleOf(page, props.tree.defaultLanguage, props.tree.defaultLanguage) ??
                  t('tree.untitled', { id: page.id })}
              </option>
            ))}
          </select>
        </label>
      ))}
      <ErrorNotice error={error} />
      {isSaved && <Notice kind="success">{t('goLive.saved')}</Notice>}
      <button type="submit" disabled={isBusy}>
        {t('goLive.legal.save')}
      </button>
    </form>
  );
}
