import { useMemo, useState } from 'react';
import { ApiError, api, segment } from '../api/client.ts';
import type {
  HistoryVersion,
  PageTree,
  RegionAccess,
  UploadedImage,
  VersionStatus,
  WorkspaceVersion,
} from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Link } from '../components/link.tsx';
import { ErrorNotice, Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { ConflictDialog, type Conflict, type ConflictChoice } from '../editor/conflict-dialog.tsx';
import { EditorStatusLine } from '../editor/editor-status-line.tsx';
import { SaveBar } from '../editor/save-bar.tsx';
import { ReadabilityPanel } from '../editor/readability-panel.tsx';
import { LanguageTabs } from '../editor/language-tabs.tsx';
import type { LinkTarget } from '../editor/link-dialog.tsx';
import { ReviewPanel } from '../editor/review-panel.tsx';
import { SchedulePanel } from '../editor/schedule-panel.tsx';
import { SourcePanel } from '../editor/source-panel.tsx';
import { TranslatePageButton } from '../machine-translation/translate-page-button.tsx';
import { MemoryFillButton } from '../translation-memory/memory-fill.tsx';
import { useGlossaryTerms } from '../glossary/use-glossary-terms.ts';
import { RichTextEditor } from '../editor/rich-text-editor.tsx';
import { useAutosave } from '../editor/use-autosave.ts';
import { draftFrom, usePageDraft } from '../editor/use-page-draft.ts';
import { DiffView, VersionHistory } from '../editor/version-history.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { indexTree, titleOf } from '../lib/page-tree.ts';
import { canPublish, canReview, canWriteIn } from '../lib/permissions.ts';
import { useSession } from '../lib/session.tsx';
import { EASY_GERMAN } from '../../shared/languages.ts';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';

/** Editing one page in one language: the text, saving for review or publishing, review, history, conflicts. */
export function PageEditorScreen(props: {
  region: string;
  access: RegionAccess;
  pageId: number;
  language: string;
}) {
  const { region, access, pageId, language } = props;
  const { t, formatDateTime } = useI18n();
  const { user } = useSession();
  const pagesPath = `/regions/${segment(region)}/pages`;
  const pagePath = `${pagesPath}/${pageId}`;
  const tree = useApi<PageTree>(pagesPath);
  const history = useApi<{ versions: HistoryVersion[]; publicUrl: string | null }>(
    `${pagePath}/versions?language=${segment(language)}`,
  );
  const defaultLanguage = tree.data?.defaultLanguage ?? '';
  const isTranslation = defaultLanguage !== '' && language !== defaultLanguage;
  // A translation is made from its language's source in the region's language tree (de → en → fa).
  const sourceLanguage = tree.data?.languageSources[language] ?? defaultLanguage;
  const sourceHistory = useApi<{ versions: HistoryVersion[] }>(
    isTranslation ? `${pagePath}/versions?language=${segment(sourceLanguage)}` : null,
  );
  const glossaryTerms = useGlossaryTerms(region, isTranslation ? language : null);
  const autosavePath = `${pagePath}/autosave?language=${segment(language)}`;
  const page = usePageDraft({ key: `${pageId}:${language}`, autosavePath, versions: history.data?.versions });
  const { draft } = page;
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<ApiError>();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [mergingWith, setMergingWith] = useState<WorkspaceVersion | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const autosave = useAutosave({
    path: `${pagePath}/autosave`,
    isDirty: page.isDirty && draft !== null,
    body: {
      language,
      title: draft?.title ?? '',
      slug: draft?.slug ?? '',
      contentHtml: draft?.html ?? '',
      baseVersionId: draft?.baseVersionId ?? null,
    },
  });

  const indexed = useMemo(() => (tree.data ? indexTree(tree.data) : null), [tree.data]);
  const linkTargets = useMemo<LinkTarget[]>(() => {
    if (!indexed) return [];
    const name = (id: number) => {
      const found = indexed.byId.get(id);
      return found ? (titleOf(found, language, indexed.defaultLanguage) ?? `#${id}`) : `#${id}`;
    };
    return [...indexed.byId.values()]
      .filter((target) => target.id !== pageId && !target.isArchived)
      .map((target) => {
        const trail: string[] = [];
        for (let up = target.parentId; up !== null; up = indexed.byId.get(up)?.parentId ?? null)
          trail.unshift(name(up));
        return { id: target.id, title: name(target.id), trail: trail.join(' › ') };
      });
  }, [indexed, language, pageId]);

  const versions = history.data?.versions ?? [];
  const newest = versions[0];
  const published = versions.find((version) => version.status === 'published');
  const sourcePublished = sourceHistory.data?.versions.find((version) => version.status === 'published');
  const treePage = indexed?.byId.get(pageId);
  const pageTitle =
    draft?.title || (treePage && indexed ? titleOf(treePage, language, indexed.defaultLanguage) : null);
  useTitle(pageTitle ? t('editor.titleOf', { title: pageTitle }) : t('editor.title'));

  const isWritable = canWriteIn(access, language, defaultLanguage);
  const publishes = canPublish(access, language);

  const save = async (status: VersionStatus, options: { baseVersionId?: number | null } = {}) => {
    if (!draft) return;
    setIsSaving(true);
    const body = {
      language,
      title: draft.title,
      slug: draft.slug || undefined,
      contentHtml: draft.html,
      status,
      isMinor: draft.isMinor,
      baseVersionId: options.baseVersionId === undefined ? draft.baseVersionId : options.baseVersionId,
      source:
        isTranslation && sourcePublished ? { language: sourceLanguage, versionId: sourcePublished.id } : null,
    };
    try {
      const saved = await api<WorkspaceVersion>('POST', `${pagePath}/versions`, body);
      page.replace(draftFrom(saved), { isDirty: false });
      setMergingWith(null);
      setError(undefined);
      setNotice(t(`editor.saved.${status}`));
      await Promise.all([history.reload(), tree.reload()]);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409 && caught.details) {
        setConflict(caught.details as Conflict);
      } else setError(caught as ApiError);
    } finally {
      setIsSaving(false);
    }
  };

  const resolveConflict = (choice: ConflictChoice) => {
    if (!conflict || !draft) return;
    const theirs = conflict.theirs;
    setConflict(null);
    if (choice === 'take-theirs') {
      page.replace(draftFrom(theirs), { isDirty: false });
      setMergingWith(null);
    } else if (choice === 'keep-mine') {
      void save('draft', { baseVersionId: theirs.id });
    } else {
      page.replace({ ...draft, baseVersionId: theirs.id }, { isDirty: true });
      setMergingWith(theirs);
    }
    void history.reload();
  };

  const restore = async (version: HistoryVersion) => {
    try {
      const restored = await api<WorkspaceVersion>('POST', `${pagePath}/versions/${version.id}/restore`);
      page.replace(draftFrom(restored), { isDirty: false });
      setNotice(t('editor.restored'));
      setError(undefined);
      await Promise.all([history.reload(), tree.reload()]);
    } catch (caught) {
      setError(caught as ApiError);
    }
  };

  const confirmStillCorrect = async () => {
    try {
      const confirmed = await api<WorkspaceVersion>('POST', `${pagePath}/still-correct`, { language });
      page.replace(draftFrom(confirmed), { isDirty: false });
      setNotice(t('source.confirmed'));
      setError(undefined);
      await Promise.all([history.reload(), tree.reload(), sourceHistory.reload()]);
    } catch (caught) {
      setError(caught as ApiError);
    }
  };

  const loadMachineTranslation = async () => {
    const [reloaded] = await Promise.all([history.reload(), tree.reload()]);
    const translated = reloaded?.versions[0];
    if (translated) page.replace(draftFrom(translated), { isDirty: false });
  };

  const upload = (file: File) =>
    api<UploadedImage>(
      'POST',
      `/regions/${segment(region)}/media?fileName=${encodeURIComponent(file.name)}`,
      file,
    );

  if ((tree.isLoading && !tree.data) || (history.isLoading && !history.data)) return <Loading />;
  if (!tree.error && !history.error && !draft) return <Loading />;
  if (tree.error || history.error || !tree.data || !draft)
    return <RegionErrorNotice error={tree.error ?? history.error} />;

  return (
    <div className="editor-screen">
      <nav aria-label={t('editor.breadcrumb')} className="breadcrumb">
        <Link to={`/r/${segment(region)}/pages`}>{t('tree.title')}</Link> ›{' '}
        <span>{pageTitle ?? t('tree.untitled', { id: pageId })}</span>
      </nav>
      <h1>{pageTitle ?? t('tree.untitled', { id: pageId })}</h1>
      <LanguageTabs
        region={region}
        pageId={pageId}
        current={language}
        page={treePage}
        defaultLanguage={defaultLanguage}
      />
      {history.data?.publicUrl && (
        <p>
          <a href={history.data.publicUrl} target="_blank" rel="noopener">
            {t('editor.viewPublic')}
          </a>
        </p>
      )}
      {treePage?.isArchived && <Notice kind="info">{t('editor.archived')}</Notice>}
      {!isWritable && <Notice kind="info">{t('editor.readOnly')}</Notice>}
      {notice && <Notice kind="success">{notice}</Notice>}
      <ErrorNotice error={error} />
      {page.offeredAutosave && (
        <Notice kind="info">
          {t('editor.autosaveFound', { date: formatDateTime(page.offeredAutosave.savedAt) })}{' '}
          <span className="button-row">
            <button type="button" onClick={page.takeAutosave}>
              {t('editor.autosaveTake')}
            </button>
            <button type="button" onClick={page.discardAutosave}>
              {t('editor.autosaveDiscard')}
            </button>
          </span>
        </Notice>
      )}
      <div className={`editor-layout${isTranslation ? ' is-translation' : ''}`}>
        {isTranslation && sourceHistory.data && (
          <div className="editor-source">
            <SourcePanel
              language={sourceLanguage}
              terms={glossaryTerms}
              sourceVersions={sourceHistory.data.versions}
              translatedFrom={(published ?? newest)?.source ?? null}
              onConfirm={
                isWritable && newest?.status === 'published' ? () => void confirmStillCorrect() : undefined
              }
            />
            {isWritable && (
              <MemoryFillButton
                region={region}
                pageId={pageId}
                language={language}
                hasText={draft.html.trim() !== ''}
                onFill={(fill) =>
                  page.replace(
                    { ...draft, title: fill.title ?? draft.title, html: fill.html },
                    { isDirty: true },
                  )
                }
              />
            )}
            <TranslatePageButton
              region={region}
              pageId={pageId}
              language={language}
              hasUnsavedChanges={page.isDirty}
              onTranslated={() => void loadMachineTranslation()}
            />
          </div>
        )}
        <div className="editor-main">
          {mergingWith && (
            <section className="panel merge-panel" aria-labelledby="merge-title">
              <h2 id="merge-title">{t('conflict.mergeTitle')}</h2>
              <p className="hint">{t('conflict.mergeHint')}</p>
              <DiffView before={mergingWith} after={{ title: draft.title, contentHtml: draft.html }} />
            </section>
          )}
          <Field
            label={t('editor.pageTitle')}
            value={draft.title}
            readOnly={!isWritable}
            required
            onChange={(event) => page.edit({ title: event.target.value })}
          />
          <RichTextEditor
            html={draft.html}
            revision={page.revision}
            isEditable={isWritable}
            label={t('editor.content')}
            linkTargets={linkTargets}
            upload={upload}
            onChange={(html) => page.edit({ html })}
          />
          {language === EASY_GERMAN && <ReadabilityPanel title={draft.title} html={draft.html} />}
          <details className="more-fields">
            <summary>{t('editor.more')}</summary>
            <Field
              label={t('editor.slug')}
              hint={t('editor.slugHint')}
              value={draft.slug}
              readOnly={!isWritable}
              onChange={(event) => page.edit({ slug: event.target.value })}
            />
          </details>
          {isWritable && (
            <SaveBar
              language={language}
              isMinor={draft.isMinor}
              onMinorChange={(isMinor) => page.edit({ isMinor })}
              publishes={publishes}
              isSaving={isSaving}
              onSave={(status) => void save(status)}
            >
              <EditorStatusLine autosave={autosave} isDirty={page.isDirty} newest={newest} />
            </SaveBar>
          )}
        </div>
        <aside className="editor-side" aria-label={t('editor.side')}>
          {newest?.status === 'review' && canReview(access) && (
            <ReviewPanel
              region={region}
              inReview={newest}
              published={published}
              cannotApproveBecause={
                language === EASY_GERMAN && newest.authorId === user?.id
                  ? t('review.easyGermanOwn')
                  : undefined
              }
              onDecided={(decision) => {
                setNotice(t(decision === 'approve' ? 'review.approved' : 'review.sentBack'));
                void Promise.all([history.reload(), tree.reload()]);
              }}
            >
              {language === EASY_GERMAN && (
                <ReadabilityPanel title={newest.title} html={newest.contentHtml} />
              )}
            </ReviewPanel>
          )}
          {publishes && <SchedulePanel pagePath={pagePath} newest={newest} isDirty={page.isDirty} />}
          <VersionHistory
            versions={versions}
            canRestore={isWritable}
            onRestore={(version) => void restore(version)}
          />
        </aside>
      </div>
      {conflict && <ConflictDialog conflict={conflict} onChoose={resolveConflict} />}
    </div>
  );
}
