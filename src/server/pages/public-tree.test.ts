import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildRegionContent, type PageNode, type PageText } from './public-tree.ts';

const node = (id: number, parentId: number | null, position = 0, isArchived = false): PageNode => ({
  id,
  parentId,
  position,
  icon: null,
  isArchived,
});
const text = (pageId: number, language: string, slug: string): PageText => ({
  pageId,
  language,
  versionId: pageId * 100,
  title: slug.toUpperCase(),
  slug,
  html: `<p>${slug}</p>`,
  publishedAt: new Date('2026-01-01T00:00:00Z'),
});

const linkTo = (language: string, path: string) => `/r/${language}/${path}`;

describe('public page tree', () => {
  it('orders pages depth-first by position and builds paths from slugs', () => {
    const content = buildRegionContent({
      pages: [node(1, null, 1), node(2, null, 0), node(3, 1, 0), node(4, 3, 0)],
      texts: [text(1, 'de', 'b'), text(2, 'de', 'a'), text(3, 'de', 'c'), text(4, 'de', 'd')],
      languages: ['de'],
      linkTo,
    });
    const german = content.languages.get('de')!;
    assert.deepEqual(
      german.pages.map((page) => page.path),
      ['a', 'b', 'b/c', 'b/c/d'],
    );
    assert.deepEqual(german.byId.get(1)!.childIds, [3]);
  });

  it('leaves out archived pages with their subtree', () => {
    const content = buildRegionContent({
      pages: [node(1, null, 0, true), node(2, 1), node(3, null, 1)],
      texts: [text(1, 'de', 'a'), text(2, 'de', 'b'), text(3, 'de', 'c')],
      languages: ['de'],
      linkTo,
    });
    assert.deepEqual(
      content.languages.get('de')!.pages.map((page) => page.path),
      ['c'],
    );
  });

  it('maps each page to its path in every language it is public in', () => {
    const content = buildRegionContent({
      pages: [node(1, null), node(2, 1)],
      texts: [text(1, 'de', 'arbeit'), text(1, 'ar', 'عمل'), text(2, 'de', 'ausbildung')],
      languages: ['de', 'ar'],
      linkTo,
    });
    assert.deepEqual(content.languages.get('de')!.byId.get(1)!.availableLanguages, {
      de: 'arbeit',
      ar: 'عمل',
    });
    assert.deepEqual(content.languages.get('de')!.byId.get(2)!.availableLanguages, {
      de: 'arbeit/ausbildung',
    });
    assert.equal(content.languages.get('ar')!.byPath.get('عمل')!.id, 1);
  });

  it('resolves links between pages to their current address in the same language, never another', () => {
    const linking = {
      ...text(1, 'de', 'a'),
      html: '<p><a href="lotse:page/2">zu B</a> <a href="lotse:page/99">weg</a></p>',
    };
    const content = buildRegionContent({
      pages: [node(1, null), node(2, 1)],
      texts: [linking, { ...linking, language: 'ar', slug: 'أ' }, text(2, 'de', 'b')],
      languages: ['de', 'ar'],
      linkTo,
    });
    assert.equal(
      content.languages.get('de')!.byId.get(1)!.html,
      '<p><a href="/r/de/a/b">zu B</a> <a>weg</a></p>',
    );
    assert.equal(content.languages.get('ar')!.byId.get(1)!.html, '<p><a>zu B</a> <a>weg</a></p>');
  });

  it('ignores texts in languages that are not visible', () => {
    const content = buildRegionContent({
      pages: [node(1, null)],
      texts: [text(1, 'de', 'a'), text(1, 'uk', 'b')],
      languages: ['de'],
      linkTo,
    });
    assert.deepEqual(content.languages.get('de')!.byId.get(1)!.availableLanguages, { de: 'a' });
    assert.equal(content.languages.has('uk'), false);
  });
});
