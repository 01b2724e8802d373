import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { listNewestVersions, type VersionRow } from '../content/repo.ts';
import { hasLinkTo, storedFormPrefix } from './html-links.ts';
import { listCurrentVersionsContaining } from './repo.ts';

/** One page in one language that uses the link: its public text and the work begun after it. */
export interface LinkTarget {
  pageId: number;
  language: string;
  /** The newest published version, when it has the link. */
  published: VersionRow | undefined;
  /** The newest version when it is newer than the published one (a draft or in review). */
  work: VersionRow | undefined;
}

/**
 * Every page and language whose texts link to `url`: its published version when that has the link, and
 * the work begun after it (a draft or in review, with or without the link).
 */
export async function findLinkTargets(
  db: Kysely<Database>,
  regionId: number,
  url: string,
): Promise<LinkTarget[]> {
  const linking = async (isPublishedOnly: boolean) =>
    (
      await listCurrentVersionsContaining(db, {
        regionId,
        isPublishedOnly,
        fragment: storedFormPrefix(url),
      })
    ).filter((row) => hasLinkTo(row.content_html, url));
  const published = await linking(true);
  const newest = await linking(false);
  const targets = new Map<string, LinkTarget>();
  const targetOf = (row: VersionRow) => {
    const key = `${row.item_id}:${row.language_tag}`;
    const target = targets.get(key) ?? {
      pageId: row.item_id,
      language: row.language_tag,
      published: undefined,
      work: undefined,
    };
    targets.set(key, target);
    return target;
  };
  for (const row of published) targetOf(row).published = row;
  for (const row of newest) if (row.status !== 'published') targetOf(row).work = row;
  // A published text with the link may have newer work without it, which must stay the newest.
  const newestIds = new Set(newest.map((row) => row.id));
  const unsure = [...targets.values()].filter(
    (target) => target.published && !target.work && !newestIds.has(target.published.id),
  );
  for (const language of new Set(unsure.map((target) => target.language))) {
    const itemIds = unsure.filter((target) => target.language === language).map((target) => target.pageId);
    for (const row of await listNewestVersions(db, { regionId, itemIds, language })) {
      if (row.status !== 'published') targetOf(row).work = row;
    }
  }
  return [...targets.values()];
}
