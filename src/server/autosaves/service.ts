import type { Auth } from '../auth/service.ts';
import { findVersion } from '../content/repo.ts';
import { sanitizeContentHtml } from '../content/sanitize-html.ts';
import type { AppContext } from '../context.ts';
import { AppError, invalidInput, type Issue } from '../errors.ts';
import { ensureAllowed, type WorkspaceRegion } from '../page-editing/access.ts';
import { findPage } from '../pages/repo.ts';
import { deleteAutosave, findAutosave, upsertAutosave, type AutosaveRow } from './repo.ts';
import type { AutosaveInput } from './schema.ts';

/**
 * Keeps what a user is typing on a page in a language, so that nothing is lost, without making a version.
 * It takes the right to write a draft in that language; each user has one autosave per page and language.
 */
export async function saveAutosave(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  input: AutosaveInput,
): Promise<Date> {
  const regionId = where.region.id;
  ensureAllowed(where.actor, 'page.write-draft', {
    language: input.language,
    defaultLanguage: where.region.default_language,
  });
  if (!(await findPage(ctx.db, regionId, pageId))) {
    throw new AppError('not_found', 'There is no such page in this region.');
  }
  const issues: Issue[] = [];
  if (!where.languages.some((language) => language.tag === input.language)) {
    issues.push({ field: 'language', message: `the region does not enable "${input.language}"` });
  }
  if (input.baseVersionId !== null) {
    const base = await findVersion(ctx.db, { regionId, itemId: pageId, versionId: input.baseVersionId });
    if (base?.language_tag !== input.language) {
      issues.push({ field: 'baseVersionId', message: 'is not a version of this page in that language' });
    }
  }
  if (issues.length > 0) throw invalidInput(issues);
  return upsertAutosave(
    ctx.db,
    regionId,
    { userId: auth.user.id, pageId, language: input.language },
    {
      title: input.title,
      slug: input.slug ?? null,
      content_html: sanitizeContentHtml(input.contentHtml),
      base_version_id: input.baseVersionId,
    },
  );
}

/** The signed-in user's own autosave of a page in a language; not found when there is none. */
export async function loadAutosave(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  language: string,
): Promise<AutosaveRow> {
  const found = await findAutosave(ctx.db, where.region.id, { userId: auth.user.id, pageId, language });
  if (!found) throw new AppError('not_found', 'You have no unsaved text of this page in this language.');
  return found;
}

/** Throws away the signed-in user's own autosave of a page in a language, if there is one. */
export async function discardAutosave(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  language: string,
): Promise<void> {
  await deleteAutosave(ctx.db, where.region.id, { userId: auth.user.id, pageId, language });
}
