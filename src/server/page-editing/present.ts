import type { z } from 'zod';
import type { VersionRow } from '../content/repo.ts';
import type { loadHistory, loadPageTree } from './service.ts';
import type { history, pageTree, WorkspaceVersionInput, workspaceVersion } from './schema.ts';

/** A version as the workspace shows it. */
export function presentVersion(version: VersionRow): z.output<typeof workspaceVersion> {
  return {
    id: version.id,
    language: version.language_tag,
    title: version.title,
    slug: version.slug,
    contentHtml: version.content_html,
    status: version.status,
    isMinor: version.is_minor,
    isMachineTranslated: version.is_machine_translated,
    authorId: version.author_id,
    source:
      version.source_language_tag && version.source_version_id
        ? { language: version.source_language_tag, versionId: version.source_version_id }
        : null,
    createdAt: version.created_at.toISOString(),
  };
}

/**
 * Both sides of a save that did not start from the newest version: the version saved in between (null when
 * the language has no version yet) and the input as it was sent, for the editor to compare.
 */
export function presentConflict(
  theirs: VersionRow | null,
  yours: WorkspaceVersionInput,
): { theirs: z.output<typeof workspaceVersion> | null; yours: WorkspaceVersionInput } {
  return { theirs: theirs ? presentVersion(theirs) : null, yours };
}

/** The page tree with, per enabled language, the newest version and the translation state. */
export function presentPageTree(
  region: { slug: string; default_language: string },
  languages: { tag: string; source_language_tag: string | null }[],
  tree: Awaited<ReturnType<typeof loadPageTree>>,
): z.output<typeof pageTree> {
  const { newest } = tree;
  return {
    region: region.slug,
    defaultLanguage: region.default_language,
    languageSources: Object.fromEntries(
      languages.map((language) => [language.tag, language.source_language_tag]),
    ),
    pages: tree.pages
      .sort((a, b) => (a.parent_id ?? 0) - (b.parent_id ?? 0) || a.position - b.position || a.id - b.id)
      .map((page) => ({
        id: page.id,
        parentId: page.parent_id,
        position: page.position,
        icon: page.icon,
        isArchived: page.is_archived,
        languages: Object.fromEntries(
          languages.map(({ tag: language }) => {
            const version = newest.get(`${page.id}:${language}`);
            return [
              language,
              {
                versionId: version?.id ?? null,
                title: version?.title ?? null,
                status: version?.status ?? null,
                state: tree.states.get(page.id)?.get(language) ?? 'missing',
              },
            ];
          }),
        ),
      })),
  };
}

/** Versions of a page in one language with their reviews, newest first. */
export function presentHistory(loaded: Awaited<ReturnType<typeof loadHistory>>): z.output<typeof history> {
  return {
    publicUrl: loaded.publicUrl,
    versions: loaded.versions.map((version) => ({
      ...presentVersion(version),
      reviews: loaded.reviews
        .filter((review) => review.version_id === version.id)
        .map((review) => ({
          decision: review.decision,
          comment: review.comment,
          reviewerId: review.reviewer_id,
          createdAt: review.created_at.toISOString(),
        })),
    })),
  };
}
