import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PageTree, TreePage } from '../api/types.ts';
import {
  indexTree,
  placementFor,
  placementForDrop,
  titleOf,
  visibleRows,
  type TreeFilter,
} from './page-tree.ts';

const page = (
  id: number,
  parentId: number | null,
  position: number,
  title: string,
  extra: Partial<TreePage> = {},
) =>
  ({
    id,
    parentId,
    position,
    icon: null,
    isArchived: false,
    languages: {
      de: { versionId: id, title, status: 'published', state: 'up-to-date' },
      en: { versionId: null, title: null, status: null, state: 'missing' },
    },
    ...extra,
  }) satisfies TreePage;

// 1 Wohnen ─ 2 Wohnungssuche, 3 Wohnberechtigungsschein (archived) ─ 4 Antrag
// 5 Gesundheit
const tree: PageTree = {
  region: 'musterstadt',
  defaultLanguage: 'de',
  languageSources: { de: null, en: 'de' },
  pages: [
    page(5, null, 1, 'Gesundheit'),
    page(1, null, 0, 'Wohnen'),
    page(2, 1, 0, 'Wohnungssuche'),
    page(3, 1, 1, 'Wohnberechtigungsschein', { isArchived: true }),
    page(4, 3, 0, 'Antrag stellen'),
  ],
};
const indexed = indexTree(tree);
const noFilter: TreeFilter = { text: '', language: 'de', state: '', showArchived: false };
const ids = (rows: { page: { id: number } }[]) => rows.map((row) => row.page.id);

describe('the page tree in the workspace', () => {
  it('shows the top level in order, and children only of open pages', () => {
    assert.deepEqual(ids(visibleRows(indexed, new Set(), noFilter)), [1, 5]);
    assert.deepEqual(ids(visibleRows(indexed, new Set([1]), noFilter)), [1, 2, 5]);
  });

  it('hides archived pages with everything below them unless asked to show them', () => {
    const rows = visibleRows(indexed, new Set([1, 3]), { ...noFilter, showArchived: true });
    assert.deepEqual(ids(rows), [1, 2, 3, 4, 5]);
    assert.equal(rows[3]!.depth, 2);
  });

  it('filters by title ignoring case and accents, keeping the ancestors of matches open', () => {
    const rows = visibleRows(indexed, new Set(), { ...noFilter, text: 'SUCHE' });
    assert.deepEqual(ids(rows), [1, 2]);
    assert.equal(rows[0]!.isExpanded, true);
    assert.deepEqual(ids(visibleRows(indexed, new Set(), { ...noFilter, text: 'gesundheit' })), [5]);
  });

  it('filters by the translation state in a language', () => {
    assert.deepEqual(
      ids(visibleRows(indexed, new Set(), { ...noFilter, language: 'en', state: 'missing' })),
      [1, 2, 5],
    );
    assert.deepEqual(
      ids(visibleRows(indexed, new Set(), { ...noFilter, language: 'en', state: 'outdated' })),
      [],
    );
  });

  it('names a page in the language asked for, else in the default language', () => {
    assert.equal(titleOf(indexed.byId.get(2)!, 'en', 'de'), 'Wohnungssuche');
  });

  it('turns keyboard moves into one parent and position, and refuses moves that go nowhere', () => {
    const search = indexed.byId.get(2)!;
    const archived = indexed.byId.get(3)!;
    assert.deepEqual(placementFor(indexed, search, 'down'), { parentId: 1, position: 2 });
    assert.equal(placementFor(indexed, search, 'up'), null);
    assert.equal(placementFor(indexed, search, 'indent'), null);
    assert.deepEqual(placementFor(indexed, archived, 'up'), { parentId: 1, position: 0 });
    assert.deepEqual(placementFor(indexed, archived, 'indent'), { parentId: 2, position: 0 });
    assert.deepEqual(placementFor(indexed, search, 'outdent'), { parentId: null, position: 1 });
    assert.equal(placementFor(indexed, indexed.byId.get(1)!, 'outdent'), null);
  });

  it('drops a page before, after or into another, but never below itself', () => {
    const housing = indexed.byId.get(1)!;
    const health = indexed.byId.get(5)!;
    assert.deepEqual(placementForDrop(indexed, health, housing, 'before'), { parentId: null, position: 0 });
    assert.deepEqual(placementForDrop(indexed, health, housing, 'inside'), { parentId: 1, position: 2 });
    assert.equal(placementForDrop(indexed, housing, indexed.byId.get(4)!, 'after'), null);
  });
});
