import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../api/client.ts';
import { api, segment } from '../api/client.ts';
import type { PageTree, RegionAccess, TreePage } from '../api/types.ts';
import { ErrorNotice, Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { TreeFilterBar } from '../components/tree-filter-bar.tsx';
import { TreeRowView, type TreeRowHandlers } from '../components/tree-row.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { canChangeStructure } from '../lib/permissions.ts';
import {
  indexTree,
  isFiltering,
  placementFor,
  placementForDrop,
  titleOf,
  visibleRows,
  type Drop,
  type Move,
  type Placement,
  type TreeFilter,
} from '../lib/page-tree.ts';
import { navigate } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';
import { useWindowedRows } from '../lib/use-windowed-rows.ts';
import { useTitle } from '../lib/use-title.ts';

/** A region's pages as a tree: filter, open, add, move (keyboard or drag and drop), archive and restore. */
export function PageTreeScreen({ region, access }: { region: string; access: RegionAccess }) {
  const { t } = useI18n();
  useTitle(t('tree.title'));
  const path = `/regions/${segment(region)}/pages`;
  const loaded = useApi<PageTree>(path);
  const [expanded, setExpanded] = useState<Set<number>>(new Set());
  const [filter, setFilter] = useState<TreeFilter>({
    text: '',
    language: '',
    state: '',
    showArchived: false,
  });
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<ApiError>();
  const [undo, setUndo] = useState<{ page: TreePage; title: string } | null>(null);
  const focusAfterReload = useRef<number | null>(null);

  const tree = useMemo(() => (loaded.data ? indexTree(loaded.data) : null), [loaded.data]);
  const language = filter.language || tree?.defaultLanguage || '';
  // Typing in the filter stays quick: the rows follow a moment later when the tree is large.
  const deferredFilter = useDeferredValue(filter);
  const rows = useMemo(
    () => (tree ? visibleRows(tree, expanded, { ...deferredFilter, language }) : []),
    [tree, expanded, deferredFilter, language],
  );
  const mayChange = canChangeStructure(access);
  const editLanguage =
    (access.role === 'translator' ? access.translatorLanguages[0] : undefined) ?? tree?.defaultLanguage ?? '';

  const titled = useCallback(
    (page: TreePage) =>
      (tree ? titleOf(page, language, tree.defaultLanguage) : null) ?? t('tree.untitled', { id: page.id }),
    [tree, language, t],
  );

  const change = async (
    page: TreePage,
    body: Partial<Placement> & { isArchived?: boolean },
    said: string,
  ) => {
    try {
      await api('PATCH', `${path}/${page.id}`, body);
      setError(undefined);
      focusAfterReload.current = page.id;
      if (body.parentId !== undefined && body.parentId !== null) {
        setExpanded((open) => new Set(open).add(body.parentId as number));
      }
      await loaded.reload();
      setAnnouncement(said);
    } catch (caught) {
      setError(caught as ApiError);
    }
  };

  const move = (page: TreePage, direction: Move) => {
    if (!tree) return;
    const placement = placementFor(tree, page, direction);
    if (!placement) {
      setAnnouncement(t(`tree.cannotMove.${direction}`, { title: titled(page) }));
      return;
    }
    void change(page, placement, t(`tree.moved.${direction}`, { title: titled(page) }));
  };

  const drop = (draggedId: number, target: TreePage, where: Drop) => {
    const dragged = tree?.byId.get(draggedId);
    if (!tree || !dragged || dragged.id === target.id) return;
    const placement = placementForDrop(tree, dragged, target, where);
    if (!placement) {
      setAnnouncement(t('tree.cannotDropBelowItself'));
      return;
    }
    void change(
      dragged,
      placement,
      t(`tree.dropped.${where}`, { title: titled(dragged), target: titled(target) }),
    );
  };

  const archive = async (page: TreePage, isArchived: boolean) => {
    await change(
      page,
      { isArchived },
      t(isArchived ? 'tree.archived' : 'tree.restored', { title: titled(page) }),
    );
    setUndo(isArchived ? { page, title: titled(page) } : null);
  };

  const create = async (parentId: number | null) => {
    try {
      const { id } = await api<{ id: number }>('POST', path, { parentId });
      navigate(`/r/${segment(region)}/pages/${id}/${tree?.defaultLanguage ?? ''}`);
    } catch (caught) {
      setError(caught as ApiError);
    }
  };

  const toggle = (page: TreePage) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (next.has(page.id)) next.delete(page.id);
      else next.add(page.id);
      return next;
    });

  // The same handler object for every render, so rows that did not change are not drawn again.
  const latest = useRef({ toggle, move, drop, archive, create });
  latest.current = { toggle, move, drop, archive, create };
  const handlers = useMemo<TreeRowHandlers>(
    () => ({
      onToggle: (page) => latest.current.toggle(page),
      onMove: (page, direction) => latest.current.move(page, direction),
      onDrop: (draggedId, target, where) => latest.current.drop(draggedId, target, where),
      onArchive: (page, isArchived) => void latest.current.archive(page, isArchived),
      onAddChild: (page) => void latest.current.create(page.id),
      onFocused: () => (focusAfterReload.current = null),
    }),
    [],
  );
  const filtering = isFiltering(deferredFilter);
  const list = useRef<HTMLOListElement>(null);
  const shown = useWindowedRows(list, rows.length);
  const languages = useMemo(() => Object.keys(loaded.data?.languageSources ?? {}), [loaded.data]);

  if (loaded.isLoading && !loaded.data) return <Loading />;
  if (!tree || !loaded.data) return <RegionErrorNotice error={loaded.error} />;

  return (
    <section>
      <div className="screen-heading">
        <h1>{t('tree.title')}</h1>
        {mayChange && (
          <button type="button" className="button-primary" onClick={() => void create(null)}>
            {t('tree.newPage')}
          </button>
        )}
      </div>
      <TreeFilterBar
        filter={filter}
        languages={languages}
        defaultLanguage={tree.defaultLanguage}
        onChange={setFilter}
        onExpandAll={() => setExpanded(new Set(loaded.data?.pages.map((page) => page.id)))}
        onCollapseAll={() => setExpanded(new Set())}
      />
      <ErrorNotice error={error} />
      {undo && (
        <Notice kind="success">
          {t('tree.archivedUndo', { title: undo.title })}{' '}
          <button type="button" className="button-link" onClick={() => void archive(undo.page, false)}>
            {t('tree.undo')}
          </button>
        </Notice>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {mayChange && <p className="hint">{t('tree.keyboardHint')}</p>}
      {loaded.data.pages.length === 0 ? (
        <Notice kind="info">{t('tree.empty')}</Notice>
      ) : rows.length === 0 ? (
        <Notice kind="info">{t('tree.noMatch')}</Notice>
      ) : (
        <ol
          ref={list}
          className="page-tree"
          aria-label={t('tree.title')}
          style={{ paddingBlockStart: shown.spaceBefore, paddingBlockEnd: shown.spaceAfter }}
        >
          {rows.slice(shown.start, shown.end).map((row, index) => (
            <TreeRowView
              key={row.page.id}
              row={row}
              region={region}
              title={titled(row.page)}
              languages={languages}
              editLanguage={editLanguage}
              mayChange={mayChange}
              isFiltered={filtering}
              shouldFocus={focusAfterReload.current === row.page.id}
              handlers={handlers}
              position={shown.start + index + 1}
              count={rows.length}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
