import { useState } from 'react';
import { api, ApiError, segment } from '../api/client.ts';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { DiffView } from '../editor/version-history.tsx';
import { HtmlView } from '../editor/html-view.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { canPublish } from '../lib/permissions.ts';
import { useSession } from '../lib/session.tsx';
import type { ImportOutcome } from './types.ts';
import { XliffExportForm } from './xliff-export-form.tsx';

/**
 * XLIFF for translation agencies: download what needs translating; upload what comes back, see what it
 * would change (and what to look out for), then save it as drafts, for review, or published.
 */
export function XliffPanel(props: {
  region: string;
  languages: string[];
  titleOf: (pageId: number) => string;
  onImported: () => void;
}) {
  const { region } = props;
  const { t } = useI18n();
  const access = useSession().accessIn(region);
  const [file, setFile] = useState<Blob>();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [error, setError] = useState<ApiError>();
  const [isBusy, setIsBusy] = useState(false);
  if (props.languages.length === 0) return null;

  const send = async (chosen: Blob, query: string) => {
    setIsBusy(true);
    try {
      const result = await api<ImportOutcome>('POST', `/regions/${segment(region)}/xliff?${query}`, chosen);
      setOutcome(result);
      setError(undefined);
      if (!result.isPreview) props.onImported();
    } catch (caught) {
      setOutcome(undefined);
      setError(caught instanceof ApiError ? caught : undefined);
    } finally {
      setIsBusy(false);
    }
  };
  const choose = (picked: File | undefined) => {
    if (!picked) return;
    const isZip = /\.zip$/i.test(picked.name);
    const typed = new Blob([picked], { type: isZip ? 'application/zip' : 'application/xliff+xml' });
    setFile(typed);
    void send(typed, 'isPreview=true');
  };
  const save = (status: 'draft' | 'review' | 'published') =>
    file && void send(file, new URLSearchParams({ isPreview: 'false', status }).toString());

  return (
    <section className="panel" aria-labelledby="xliff-heading">
      <h2 id="xliff-heading">{t('xliff.title')}</h2>
      <p className="hint">{t('xliff.intro')}</p>
      <XliffExportForm region={region} languages={props.languages} />
      <label>
        <span className="label">{t('xliff.import')}</span>
        <input
          type="file"
          accept=".xlf,.xliff,.xml,.zip"
          onChange={(event) => choose(event.target.files?.[0])}
          disabled={isBusy}
        />
      </label>
      <ErrorNotice error={error} />
      {outcome && (
        <div className="xliff-preview">
          {outcome.isPreview ? (
            <p>{t('xliff.preview', { count: outcome.pages.length, language: outcome.targetLanguage })}</p>
          ) : (
            <Notice kind="success">{t('xliff.imported', { count: outcome.pages.length })}</Notice>
          )}
          {outcome.pages.map((page) => (
            <details key={page.pageId} open={outcome.pages.length === 1}>
              <summary>
                {props.titleOf(page.pageId)} → <span lang={outcome.targetLanguage}>{page.title}</span>{' '}
                {page.warnings.length > 0 && (
                  <span className="badge">{t('xliff.warnings', { count: page.warnings.length })}</span>
                )}
              </summary>
              {page.warnings.length > 0 && (
                <ul>
                  {page.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              )}
              {page.sourceChange && (
                <>
                  <p>{t('xliff.sourceChanged')}</p>
                  <DiffView
                    before={{ title: '', contentHtml: page.sourceChange.before }}
                    after={{ title: '', contentHtml: page.sourceChange.after }}
                  />
                </>
              )}
              <div lang={outcome.targetLanguage} dir="auto">
                <HtmlView html={page.contentHtml} />
              </div>
            </details>
          ))}
          {outcome.isPreview && (
            <div className="button-row">
              <button type="button" disabled={isBusy} onClick={() => save('draft')}>
                {t('xliff.saveDraft')}
              </button>
              {access?.role === 'translator' && (
                <button type="button" disabled={isBusy} onClick={() => save('review')}>
                  {t('xliff.saveReview')}
                </button>
              )}
              {canPublish(access, outcome?.targetLanguage) && (
                <button
                  type="button"
                  className="button-primary"
                  disabled={isBusy}
                  onClick={() => save('published')}
                >
                  {t('xliff.publish')}
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
