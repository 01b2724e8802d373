import type { z } from 'zod';
import type { PublicLanguageContent, PublicPage } from './public-tree.ts';
import type { publicPageDetail, publicPageSummary } from './schema.ts';

/** A page as the flat public list shows it. */
export function presentPageSummary(page: PublicPage): z.output<typeof publicPageSummary> {
  return {
    id: page.id,
    parentId: page.parentId,
    position: page.position,
    path: page.path,
    title: page.title,
    icon: page.icon,
    excerpt: page.excerpt,
    contentHtml: page.html,
    lastUpdated: page.lastUpdated.toISOString(),
    availableLanguages: page.availableLanguages,
  };
}

/** A page with its children and breadcrumb. */
export function presentPageDetail(
  page: PublicPage,
  content: PublicLanguageContent,
): z.output<typeof publicPageDetail> {
  const breadcrumb = [];
  for (let id = page.parentId; id !== null;) {
    const ancestor = content.byId.get(id);
    if (!ancestor) break;
    breadcrumb.unshift({ id: ancestor.id, path: ancestor.path, title: ancestor.title });
    id = ancestor.parentId;
  }
  const children = page.childIds.flatMap((id) => {
    const child = content.byId.get(id);
    return child
      ? [{ id, path: child.path, title: child.title, excerpt: child.excerpt, icon: child.icon }]
      : [];
  });
  return { ...presentPageSummary(page), children, breadcrumb };
}
