import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Autosave, HistoryVersion, WorkspaceVersion } from '../api/types.ts';

/** The text being edited and the version it started from. */
export interface PageDraft {
  title: string;
  slug: string;
  html: string;
  isMinor: boolean;
  baseVersionId: number | null;
}

const emptyDraft: PageDraft = { title: '', slug: '', html: '', isMinor: false, baseVersionId: null };

/** A draft made from a stored version, to go on editing it. */
export function draftFrom(version: WorkspaceVersion | undefined): PageDraft {
  if (!version) return emptyDraft;
  return {
    title: version.title,
    slug: version.slug,
    html: version.contentHtml,
    isMinor: false,
    baseVersionId: version.id,
  };
}

/**
 * The editor's working copy of one page in one language: started from the newest version once the history
 * has loaded, and with any autosave found on the server offered back (not applied without asking).
 */
export function usePageDraft(options: {
  key: string;
  autosavePath: string;
  versions: HistoryVersion[] | undefined;
}) {
  const [draft, setDraftState] = useState<PageDraft | null>(null);
  const [isDirty, setIsDirty] = useState(false);
  const [revision, setRevision] = useState(0);
  const [loadedKey, setLoadedKey] = useState('');
  const [offeredAutosave, setOfferedAutosave] = useState<Autosave | null>(null);
  const { key, autosavePath, versions } = options;

  useEffect(() => {
    if (!versions || loadedKey === key) return;
    const start = draftFrom(versions[0]);
    setLoadedKey(key);
    setDraftState(start);
    setIsDirty(false);
    setRevision((value) => value + 1);
    setOfferedAutosave(null);
    api<Autosave>('GET', autosavePath)
      .then((autosave) => {
        if (autosave.title !== start.title || autosave.contentHtml !== start.html)
          setOfferedAutosave(autosave);
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError && error.status === 404)) console.error(error);
      });
  }, [key, autosavePath, versions, loadedKey]);

  /** Changes what is being edited (typing); marks it unsaved. */
  const edit = useCallback((change: Partial<PageDraft>) => {
    setDraftState((current) => (current ? { ...current, ...change } : current));
    setIsDirty(true);
  }, []);

  /** Replaces the text in the editor (a restore, a saved version, an autosave, the other side of a conflict). */
  const replace = useCallback((next: PageDraft, options: { isDirty: boolean }) => {
    setDraftState(next);
    setIsDirty(options.isDirty);
    setRevision((value) => value + 1);
  }, []);

  const takeAutosave = useCallback(() => {
    if (!offeredAutosave) return;
    setDraftState((current) => ({
      title: offeredAutosave.title,
      slug: offeredAutosave.slug,
      html: offeredAutosave.contentHtml,
      isMinor: current?.isMinor ?? false,
      // The version the autosaved text started from: if someone saved since, saving shows the conflict.
      baseVersionId: offeredAutosave.baseVersionId,
    }));
    setIsDirty(true);
    setRevision((value) => value + 1);
    setOfferedAutosave(null);
  }, [offeredAutosave]);

  const discardAutosave = useCallback(() => {
    setOfferedAutosave(null);
    void api('DELETE', autosavePath).catch(() => undefined);
  }, [autosavePath]);

  return {
    // Only the draft of the page and language asked for: another one's must never be shown or saved here.
    draft: loadedKey === key ? draft : null,
    isDirty,
    revision,
    offeredAutosave,
    edit,
    replace,
    takeAutosave,
    discardAutosave,
  };
}
