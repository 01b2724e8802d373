// The page tree as the workspace shows it: which rows are visible, what a page is called, and the one
// change of parent and position that each move (keyboard or drag and drop) sends to the server.
import type { PageTree, TreePage, TranslationState, VersionStatus } from '../api/types.ts';

/** The tree with its pages indexed by id and by parent, children in order. */
export interface IndexedTree {
  byId: Map<number, TreePage>;
  children: Map<number | null, TreePage[]>;
  defaultLanguage: string;
}

/** Indexes the API's flat page list. */
export function indexTree(tree: PageTree): IndexedTree {
  const byId = new Map(tree.pages.map((page) => [page.id, page]));
  const children = new Map<number | null, TreePage[]>();
  for (const page of tree.pages) {
    const parent = page.parentId !== null && byId.has(page.parentId) ? page.parentId : null;
    const siblings = children.get(parent) ?? [];
    siblings.push(page);
    children.set(parent, siblings);
  }
  for (const siblings of children.values()) siblings.sort((a, b) => a.position - b.position || a.id - b.id);
  return { byId, children, defaultLanguage: tree.defaultLanguage };
}

/** A page's title in a language, else in the default language, else in any; null when it has none yet. */
export function titleOf(page: TreePage, language: string, defaultLanguage: string): string | null {
  return (
    page.languages[language]?.title ??
    page.languages[defaultLanguage]?.title ??
    Object.values(page.languages).find((entry) => entry.title)?.title ??
    null
  );
}

/** What the tree is narrowed to. */
export interface TreeFilter {
  text: string;
  /** A state in one language: translation states, or the status of the newest version. */
  language: string;
  state: '' | TranslationState | VersionStatus;
  showArchived: boolean;
}

/** One visible row: the page, its depth, and whether it has (and shows) children. */
export interface TreeRow {
  page: TreePage;
  depth: number;
  hasChildren: boolean;
  isExpanded: boolean;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a filter narrows the tree at all. */
export function isFiltering(filter: TreeFilter): boolean {
  return filter.text.trim() !== '' || filter.state !== '';
}

function matches(page: TreePage, filter: TreeFilter): boolean {
  const text = fold(filter.text.trim());
  if (
    text &&
    !Object.values(page.languages).some((entry) => entry.title && fold(entry.title).includes(text))
  ) {
    return false;
  }
  if (!filter.state) return true;
  const entry = page.languages[filter.language];
  if (!entry) return false;
  return entry.state === filter.state || entry.status === filter.state;
}

/**
 * The rows to show, in order. Without a filter: roots and the children of expanded pages. With one: the
 * matching pages and their ancestors, all open. Archived pages (and everything below them) only when asked.
 */
export function visibleRows(tree: IndexedTree, expanded: ReadonlySet<number>, filter: TreeFilter): TreeRow[] {
  const isShown = (page: TreePage) => filter.showArchived || !page.isArchived;
  let included: Set<number> | null = null;
  if (isFiltering(filter)) {
    included = new Set();
    const walk = (page: TreePage, ancestors: number[]) => {
      if (!isShown(page)) return;
      if (matches(page, filter)) for (const id of [...ancestors, page.id]) included?.add(id);
      for (const child of tree.children.get(page.id) ?? []) walk(child, [...ancestors, page.id]);
    };
    for (const root of tree.children.get(null) ?? []) walk(root, []);
  }
  const rows: TreeRow[] = [];
  const visit = (page: TreePage, depth: number) => {
    if (!isShown(page) || (included && !included.has(page.id))) return;
    const children = (tree.children.get(page.id) ?? []).filter(
      (child) => isShown(child) && (!included || included.has(child.id)),
    );
    const isExpanded = children.length > 0 && (included !== null || expanded.has(page.id));
    rows.push({ page, depth, hasChildren: children.length > 0, isExpanded });
    if (isExpanded) for (const child of children) visit(child, depth + 1);
  };
  for (const root of tree.children.get(null) ?? []) visit(root, 0);
  return rows;
}

/** A change of place, as PATCH /regions/{region}/pages/{id} takes it. */
export interface Placement {
  parentId: number | null;
  position: number;
}

export type Move = 'up' | 'down' | 'indent' | 'outdent';
export type Drop = 'before' | 'after' | 'inside';

function siblingsOf(tree: IndexedTree, page: TreePage): TreePage[] {
  return (
    tree.children.get(page.parentId !== null && tree.byId.has(page.parentId) ? page.parentId : null) ?? []
  );
}

function endOf(tree: IndexedTree, parentId: number): number {
  const children = tree.children.get(parentId) ?? [];
  return (children.at(-1)?.position ?? -1) + 1;
}

/** Where a keyboard move takes a page; null when it cannot go that way. */
export function placementFor(tree: IndexedTree, page: TreePage, move: Move): Placement | null {
  const siblings = siblingsOf(tree, page);
  const index = siblings.findIndex((sibling) => sibling.id === page.id);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  switch (move) {
    case 'up':
      return previous ? { parentId: page.parentId, position: previous.position } : null;
    case 'down':
      return next ? { parentId: page.parentId, position: next.position + 1 } : null;
    case 'indent':
      return previous ? { parentId: previous.id, position: endOf(tree, previous.id) } : null;
    case 'outdent': {
      const parent = page.parentId === null ? undefined : tree.byId.get(page.parentId);
      return parent ? { parentId: parent.parentId, position: parent.position + 1 } : null;
    }
  }
}

/** Where a page dropped on another goes; null when that would put it below itself. */
export function placementForDrop(
  tree: IndexedTree,
  dragged: TreePage,
  target: TreePage,
  drop: Drop,
): Placement | null {
  for (let id: number | null = target.id; id !== null; id = tree.byId.get(id)?.parentId ?? null) {
    if (id === dragged.id) return null;
  }
  if (drop === 'inside') return { parentId: target.id, position: endOf(tree, target.id) };
  return { parentId: target.parentId, position: target.position + (drop === 'after' ? 1 : 0) };
}
