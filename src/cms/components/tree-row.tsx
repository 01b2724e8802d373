import { memo, useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { TreePage } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { Drop, Move, TreeRow } from '../lib/page-tree.ts';
import { Link } from './link.tsx';
import { TranslationBadges } from './translation-badges.tsx';

const keyMoves: Record<string, Move> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'indent',
  ArrowLeft: 'outdent',
};

/** What a row can ask the tree to do; one object for all rows. */
export interface TreeRowHandlers {
  onToggle(page: TreePage): void;
  onMove(page: TreePage, direction: Move): void;
  onDrop(draggedId: number, target: TreePage, where: Drop): void;
  onArchive(page: TreePage, isArchived: boolean): void;
  onAddChild(page: TreePage): void;
  onFocused(): void;
}

interface TreeRowProps {
  row: TreeRow;
  region: string;
  title: string;
  languages: string[];
  /** The language the title opens the editor in: a translator's own, else the region's default. */
  editLanguage: string;
  mayChange: boolean;
  isFiltered: boolean;
  shouldFocus: boolean;
  handlers: TreeRowHandlers;
  /** Where the row is in the list (from 1) and how long the list is, for screen readers: only rows near
   * the screen are drawn. */
  position: number;
  count: number;
}

/** One page in the tree: open/close, its title as the way to the editor, its states, and its actions. */
export const TreeRowView = memo(function TreeRowView(props: TreeRowProps) {
  const { t } = useI18n();
  const { row, title, mayChange, handlers } = props;
  const { page } = row;
  const [dropZone, setDropZone] = useState<Drop | null>(null);
  const [isMenuOpen, setIsMenuOpen] = useState(false);
  const titleLink = useRef<HTMLAnchorElement>(null);
  const canDrag = mayChange && !props.isFiltered;

  useEffect(() => {
    if (props.shouldFocus) {
      titleLink.current?.focus();
      handlers.onFocused();
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const move = keyMoves[event.key];
    if (!mayChange || !event.altKey || !move) return;
    event.preventDefault();
    handlers.onMove(page, move);
  };
  const zoneOf = (event: DragEvent<HTMLLIElement>): Drop => {
    const box = event.currentTarget.getBoundingClientRect();
    const at = (event.clientY - box.top) / box.height;
    return at < 0.25 ? 'before' : at > 0.75 ? 'after' : 'inside';
  };

  return (
    <li
      className={`tree-row${page.isArchived ? ' is-archived' : ''}${dropZone ? ` drop-${dropZone}` : ''}`}
      style={{ paddingInlineStart: `${row.depth * 1.5 + 0.25}rem` }}
      draggable={canDrag}
      aria-posinset={props.position}
      aria-setsize={props.count}
      onDragStart={(event) => {
        event.dataTransfer.setData('application/x-lotse-page', String(page.id));
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (!canDrag || !event.dataTransfer.types.includes('application/x-lotse-page')) return;
        event.preventDefault();
        setDropZone(zoneOf(event));
      }}
      onDragLeave={() => setDropZone(null)}
      onDrop={(event) => {
        event.preventDefault();
        setDropZone(null);
        const dragged = Number(event.dataTransfer.getData('application/x-lotse-page'));
        if (dragged) handlers.onDrop(dragged, page, zoneOf(event));
      }}
    >
      {row.hasChildren ? (
        <button
          type="button"
          className="tree-toggle"
          aria-expanded={row.isExpanded}
          aria-label={t(row.isExpanded ? 'tree.collapse' : 'tree.expand', { title })}
          onClick={() => handlers.onToggle(page)}
          disabled={props.isFiltered}
        >
          <span aria-hidden="true">{row.isExpanded ? '▾' : '▸'}</span>
        </button>
      ) : (
        <span className="tree-toggle-space" />
      )}
      <Link
        ref={titleLink}
        to={`/r/${encodeURIComponent(props.region)}/pages/${page.id}/${props.editLanguage}`}
        className="tree-title"
        onKeyDown={onKeyDown}
      >
        {title}
      </Link>
      <span className="visually-hidden">{t('tree.level', { level: row.depth + 1 })}</span>
      {page.isArchived && <span className="badge">{t('tree.archivedBadge')}</span>}
      <TranslationBadges page={page} languages={props.languages} />
      {mayChange && (
        <span className="tree-actions">
          <button
            type="button"
            className="button-quiet"
            aria-expanded={isMenuOpen}
            onClick={() => setIsMenuOpen(!isMenuOpen)}
            onKeyDown={(event) => event.key === 'Escape' && setIsMenuOpen(false)}
          >
            {t('tree.actions')}
            <span className="visually-hidden"> {title}</span>
          </button>
          {isMenuOpen && (
            <span className="tree-menu" onKeyDown={(event) => event.key === 'Escape' && setIsMenuOpen(false)}>
              <button type="button" onClick={() => handlers.onAddChild(page)}>
                {t('tree.addChild')}
              </button>
              {(['up', 'down', 'indent', 'outdent'] as const).map((direction) => (
                <button key={direction} type="button" onClick={() => handlers.onMove(page, direction)}>
                  {t(`tree.move.${direction}`)}
                </button>
              ))}
              <button
                type="button"
                className={page.isArchived ? '' : 'button-danger'}
                onClick={() => handlers.onArchive(page, !page.isArchived)}
              >
                {t(page.isArchived ? 'tree.restore' : 'tree.archive')}
              </button>
            </span>
          )}
        </span>
      )}
    </li>
  );
}, isSameRow);

/** Rows are rebuilt on every change of the tree's view; a row whose content is the same is not redrawn. */
function isSameRow(before: TreeRowProps, after: TreeRowProps): boolean {
  const { row: a, ...restBefore } = before;
  const { row: b, ...restAfter } = after;
  return (
    a.page === b.page &&
    a.depth === b.depth &&
    a.hasChildren === b.hasChildren &&
    a.isExpanded === b.isExpanded &&
    (Object.keys(restBefore) as (keyof typeof restBefore)[]).every(
      (key) => restBefore[key] === restAfter[key],
    )
  );
}
