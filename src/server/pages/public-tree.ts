import { htmlToExcerpt } from '../../shared/excerpt.ts';

/** A page's place in the tree. */
export interface PageNode {
  id: number;
  parentId: number | null;
  position: number;
  icon: string | null;
  isArchived: boolean;
}

/** The public text of a page in one language: its newest published version. */
export interface PageText {
  pageId: number;
  language: string;
  versionId: number;
  title: string;
  slug: string;
  html: string;
  publishedAt: Date;
}

/** A page as the public sees it in one language. */
export interface PublicPage {
  id: number;
  parentId: number | null;
  position: number;
  icon: string | null;
  path: string;
  title: string;
  html: string;
  excerpt: string;
  lastUpdated: Date;
  /** Every visible language the page is public in, with its path there. */
  availableLanguages: Record<string, string>;
  childIds: number[];
}

/** The public pages of a region in one language, in reading order, found by id or by path. */
export interface PublicLanguageContent {
  pages: PublicPage[];
  byId: Map<number, PublicPage>;
  byPath: Map<string, PublicPage>;
}

/** A region's public content in each visible language. */
export interface RegionContent {
  languages: Map<string, PublicLanguageContent>;
}

/**
 * Decides what is public in each language. A page is public in a language when it is not archived, has a
 * published version in that language, and so do all its ancestors: there is never a silent fallback to
 * another language. Its path is made of its and its ancestors' slugs in that language.
 */
export function buildRegionContent(input: {
  pages: PageNode[];
  texts: PageText[];
  languages: string[];
  /** The public address of a page path in a language, for links between pages. */
  linkTo: (language: string, path: string) => string;
}): RegionContent {
  const childrenOf = new Map<number | null, PageNode[]>();
  for (const page of input.pages) {
    const siblings = childrenOf.get(page.parentId) ?? [];
    siblings.push(page);
    childrenOf.set(page.parentId, siblings);
  }
  for (const siblings of childrenOf.values()) siblings.sort((a, b) => a.position - b.position || a.id - b.id);
  const textOf = new Map(input.texts.map((text) => [`${text.pageId}:${text.language}`, text]));

  const languages = new Map<string, PublicLanguageContent>();
  for (const language of input.languages) {
    const content: PublicLanguageContent = { pages: [], byId: new Map(), byPath: new Map() };
    const visit = (parent: PublicPage | null, nodes: PageNode[]) => {
      for (const node of nodes) {
        const text = textOf.get(`${node.id}:${language}`);
        if (node.isArchived || !text) continue;
        const path = parent ? `${parent.path}/${text.slug}` : text.slug;
        if (content.byPath.has(path)) continue; // two siblings with one slug: the first in order wins
        const page: PublicPage = {
          id: node.id,
          parentId: node.parentId,
          position: node.position,
          icon: node.icon,
          path,
          title: text.title,
          html: text.html,
          excerpt: htmlToExcerpt(text.html),
          lastUpdated: text.publishedAt,
          availableLanguages: {},
          childIds: [],
        };
        parent?.childIds.push(page.id);
        content.pages.push(page);
        content.byId.set(page.id, page);
        content.byPath.set(path, page);
        visit(page, childrenOf.get(node.id) ?? []);
      }
    };
    visit(null, childrenOf.get(null) ?? []);
    languages.set(language, content);
  }

  for (const [language, content] of languages) {
    for (const page of content.pages) {
      page.html = resolveInternalLinks(page.html, (id) => {
        const target = content.byId.get(id);
        return target ? input.linkTo(language, target.path) : undefined;
      });
      for (const [language, other] of languages) {
        const there = other.byId.get(page.id);
        if (there) page.availableLanguages[language] = there.path;
      }
    }
  }
  return { languages };
}

/** Roughly how many bytes a region's content takes in memory, for the cache budget. */
export function sizeOfRegionContent(content: RegionContent): number {
  let bytes = 0;
  for (const language of content.languages.values()) {
    for (const page of language.pages)
      bytes += 2 * (page.html.length + page.title.length + page.path.length) + 400;
  }
  return bytes;
}

/**
 * Turns links to other pages (`lotse:page/<id>`) into their current address, so they survive renames and
 * moves. A link to a page that is not public in this language keeps its text but loses its address: never
 * a silent jump into another language.
 */
export function resolveInternalLinks(
  html: string,
  addressOf: (pageId: number) => string | undefined,
): string {
  return html.replace(/ href="lotse:page\/(\d+)"/g, (_match, id: string) => {
    const address = addressOf(Number(id));
    return address ? ` href="${address.replace(/"/g, '&quot;')}"` : '';
  });
}
