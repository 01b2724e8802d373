import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { RESERVED_PAGE_SLUGS } from '../../shared/limits.ts';
import { pageHref } from '../../shared/public-urls.ts';
import { slugify } from '../../shared/slug.ts';
import {
  insertItem,
  listNewestPublished,
  listNewestVersions,
  listSlugsInUse,
  listSlugsOfItem,
  type VersionRow,
} from '../content/repo.ts';
import type { NewVersionInput } from '../content/schema.ts';
import { saveVersion } from '../content/service.ts';
import type { AppContext } from '../context.ts';
import type { Config } from '../config.ts';
import { AppError, invalidInput, type Issue } from '../errors.ts';
import { notifyTranslationsOutdated } from '../notifications/translation-outdated.ts';
import { PublicCache } from '../public-cache.ts';
import type { PublicRegion } from '../regions/service.ts';
import {
  buildRegionContent,
  type PublicLanguageContent,
  type PublicPage,
  type RegionContent,
} from './public-tree.ts';
import {
  findPage,
  insertPage,
  listChildIds,
  listPages,
  lockPage,
  lockRegionStructure,
  nextPosition,
} from './repo.ts';

/** Creates a page at the end of its parent's children (or of the top level) and returns its id. */
export async function createPage(
  db: Kysely<Database>,
  options: { regionId: number; parentId: number | null; icon?: string | null },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (options.parentId !== null && !(await findPage(trx, options.regionId, options.parentId))) {
      throw invalidInput([{ field: 'parentId', message: 'is not a page of this region' }]);
    }
    const id = await insertItem(trx, options.regionId, 'page');
    await insertPage(trx, {
      id,
      region_id: options.regionId,
      parent_id: options.parentId,
      position: await nextPosition(trx, options.regionId, options.parentId),
      icon: options.icon ?? null,
    });
    return id;
  });
}

/** A save that did not start from the newest version; nothing was saved. `theirs` is the newest version. */
export class VersionConflictError extends AppError {
  constructor(readonly theirs: VersionRow | null) {
    super('conflict', 'Someone saved this page in the meantime. Compare both versions and save again.');
    this.name = 'VersionConflictError';
  }
}

/** What publishing needs: the database, the public cache to drop, and the address for links in e-mails. */
export type PublishingContext = Pick<AppContext, 'db' | 'cache'> & { config: Pick<Config, 'publicUrl'> };

/**
 * Saves a new version of a page in one language. Its slug must differ from its siblings' in that language,
 * so that every path leads to one page. With `expectedNewestVersionId` the save only goes through if that is
 * still the newest version in the language (`VersionConflictError` otherwise). `alsoInTransaction` runs
 * after the version is stored, in the same transaction. With `transaction` it saves in the caller's
 * (several saves that stand or fall together), and the caller drops the region's public cache once that
 * has committed, when it published. A published version shows in the public API at once, and the translators of the languages it outdates are told.
 */
export async function savePageVersion(
  ctx: PublishingContext,
  target: {
    regionId: number;
    pageId: number;
    expectedNewestVersionId?: number | null;
    alsoInTransaction?: (trx: Kysely<Database>, version: VersionRow) => Promise<void>;
    transaction?: Kysely<Database>;
  },
  input: NewVersionInput,
): Promise<VersionRow> {
  const inTransaction = <T>(work: (trx: Kysely<Database>) => Promise<T>) =>
    target.transaction ? work(target.transaction) : ctx.db.transaction().execute(work);
  const version = await inTransaction(async (trx) => {
    await lockRegionStructure(trx, target.regionId);
    const page = await lockPage(trx, target.regionId, target.pageId);
    if (!page) throw new AppError('not_found', 'There is no such page in this region.');
    if (target.expectedNewestVersionId !== undefined) {
      const [newest] = await listNewestVersions(trx, {
        regionId: target.regionId,
        itemIds: [page.id],
        language: input.language,
      });
      if ((newest?.id ?? null) !== target.expectedNewestVersionId) {
        throw new VersionConflictError(newest ?? null);
      }
    }
    const slug = slugify(input.slug?.trim() || input.title);
    const addressProblem = await slugProblem(trx, {
      regionId: target.regionId,
      pageId: page.id,
      parentId: page.parent_id,
      language: input.language,
      slug,
    });
    const saved = await saveVersion(
      trx,
      { regionId: target.regionId, itemId: page.id },
      { ...input, slug },
      addressProblem ? [addressProblem] : [],
    );
    await target.alsoInTransaction?.(trx, saved);
    await notifyTranslationsOutdated(trx, ctx.config.publicUrl, saved);
    return saved;
  });
  if (version.status === 'published' && !target.transaction) {
    ctx.cache.invalidateRegionContent(target.regionId);
  }
  return version;
}

/** A region's public content in all its visible languages, built once and cached until the next publish. */
export function loadRegionContent(ctx: AppContext, publicRegion: PublicRegion): Promise<RegionContent> {
  const { region, languages } = publicRegion;
  return ctx.cache.content.get(PublicCache.regionScope(region.id), 'content', async () => {
    const [pages, versions] = await Promise.all([
      listPages(ctx.db, region.id),
      listNewestPublished(ctx.db, { regionId: region.id, kind: 'page' }),
    ]);
    return buildRegionContent({
      pages: pages.map((p) => ({
        id: p.id,
        parentId: p.parent_id,
        position: p.position,
        icon: p.icon,
        isArchived: p.is_archived,
      })),
      texts: versions.map((v) => ({
        pageId: v.item_id,
        language: v.language_tag,
        versionId: v.id,
        title: v.title,
        slug: v.slug,
        html: v.content_html,
        publishedAt: v.created_at,
      })),
      languages: languages.filter((l) => l.is_visible).map((l) => l.tag),
      linkTo: (language, path) => pageHref(region.slug, language, path),
    });
  });
}

/** The public pages of a region in a visible language; unknown or invisible languages are not found. */
export async function getPublicLanguageContent(
  ctx: AppContext,
  publicRegion: PublicRegion,
  language: string,
): Promise<PublicLanguageContent> {
  const content = (await loadRegionContent(ctx, publicRegion)).languages.get(language);
  if (!content) {
    const visible = publicRegion.languages.filter((l) => l.is_visible).map((l) => l.tag);
    throw new AppError(
      'not_found',
      `The region "${publicRegion.region.slug}" is not available in "${language}".`,
      {
        availableLanguages: visible,
      },
    );
  }
  return content;
}

/**
 * The public page at a path in a language. A page that exists in other languages but not in this one is
 * not found, and the error lists where it exists: there is never a silent fallback.
 */
export async function getPublicPage(
  ctx: AppContext,
  publicRegion: PublicRegion,
  options: { language: string; path: string },
): Promise<{ page: PublicPage; content: PublicLanguageContent }> {
  const content = await getPublicLanguageContent(ctx, publicRegion, options.language);
  const path = normalizePagePath(options.path);
  const page = content.byPath.get(path);
  if (page) return { page, content };
  for (const [language, other] of (await loadRegionContent(ctx, publicRegion)).languages) {
    const elsewhere = other.byPath.get(path);
    if (!elsewhere || language === options.language) continue;
    const pathHere = elsewhere.availableLanguages[options.language];
    if (pathHere !== undefined) {
      throw new AppError('not_found', `In "${options.language}" this page is at "${pathHere}".`, {
        availableLanguages: elsewhere.availableLanguages,
      });
    }
    throw new AppError('not_translated', `This page is not available in "${options.language}".`, {
      availableLanguages: elsewhere.availableLanguages,
    });
  }
  throw new AppError('not_found', `There is no page "${path}" in "${options.language}".`);
}

/** A page path as stored: Unicode NFC, no leading, trailing or doubled slashes. */
export function normalizePagePath(path: string): string {
  return path.normalize('NFC').split('/').filter(Boolean).join('/');
}

/**
 * What is wrong with a page's address in a language, if anything: a sibling uses it already (in its newest
 * or its public version, so that every path leads to one page), or a new top-level address is one of the
 * app's own (a page that had it before keeps it). Callers hold the region's structure lock.
 */
export async function slugProblem(
  db: Kysely<Database>,
  options: { regionId: number; pageId: number; parentId: number | null; language: string; slug: string },
): Promise<Issue | undefined> {
  if (options.parentId === null && RESERVED_PAGE_SLUGS.includes(options.slug)) {
    const held = await listSlugsOfItem(db, { regionId: options.regionId, itemId: options.pageId });
    if (!held.some((own) => own.language === options.language && own.slug === options.slug)) {
      return {
        field: 'slug',
        message: `"${options.slug}" is the address of one of the app's own pages; choose another slug for a top-level page`,
      };
    }
  }
  const siblings = (await listChildIds(db, options.regionId, options.parentId)).filter(
    (id) => id !== options.pageId,
  );
  const inUse = await listSlugsInUse(db, {
    regionId: options.regionId,
    itemIds: siblings,
    language: options.language,
  });
  if (inUse.some((sibling) => sibling.slug === options.slug)) {
    return { field: 'slug', message: `a sibling page already uses "${options.slug}" in ${options.language}` };
  }
  return undefined;
}

/** Refuses an address that `slugProblem` finds wrong. */
export async function assertSlugFree(
  db: Kysely<Database>,
  options: Parameters<typeof slugProblem>[1],
): Promise<void> {
  const problem = await slugProblem(db, options);
  if (problem) throw invalidInput([problem]);
}

/** Refuses moving a page where a sibling uses one of its slugs, in any language. */
export async function assertPlacementFree(
  db: Kysely<Database>,
  options: { regionId: number; pageId: number; parentId: number | null },
): Promise<void> {
  for (const { language, slug } of await listSlugsOfItem(db, {
    regionId: options.regionId,
    itemId: options.pageId,
  })) {
    await assertSlugFree(db, { ...options, language, slug });
  }
}
