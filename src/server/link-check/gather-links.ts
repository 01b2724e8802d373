import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { listNewestPublished } from '../content/repo.ts';
import { insertJobs } from '../jobs/repo.ts';
import { selectReachablePageIds } from '../pages/repo.ts';
import { listExternalLinks } from './html-links.ts';
import { lockRegionLinks, replaceRegionLinks, type LinkUse } from './repo.ts';

/** The job that checks the links of one host, a batch at a time. */
export const hostCheckJobKind = 'link-check.host';

/** What a host's check job carries: the host, the run (or refresh) it belongs to, and its batch number. */
export interface HostCheckPayload {
  host: string;
  round: string;
  batch: number;
}

/**
 * The external links of a region's published content: of the published version of every page in every
 * language, unless the page or one of its ancestors is archived (then the public does not see it).
 */
export async function gatherPublishedLinks(
  db: Kysely<Database>,
  options: { regionId: number; ownOrigin: string },
): Promise<LinkUse[]> {
  const reachable = await selectReachablePageIds(db, options.regionId).execute();
  const shown = new Set(reachable.map((page) => page.id));
  const versions = await listNewestPublished(db, { regionId: options.regionId, kind: 'page' });
  return versions
    .filter((version) => shown.has(version.item_id))
    .flatMap((version) =>
      listExternalLinks(version.content_html, options.ownOrigin).map((link) => ({
        ...link,
        itemType: 'page' as const,
        itemId: version.item_id,
        language: version.language_tag,
        versionId: version.id,
      })),
    );
}

/**
 * Brings the region's link index up to date with its published content and queues a check of every host
 * with links due: all of them for a run (`isRecheck`), only new ones after a change. Callers pass a
 * transaction, so that the index and the queued checks are stored together or not at all; indexings of
 * one region take turns, each reading the content only once the one before has finished.
 */
export async function indexRegionLinks(
  trx: Kysely<Database>,
  options: { regionId: number; ownOrigin: string; isRecheck: boolean; round: string },
): Promise<void> {
  await lockRegionLinks(trx, options.regionId);
  const uses = await gatherPublishedLinks(trx, options);
  const hosts = await replaceRegionLinks(trx, options.regionId, { uses, isRecheck: options.isRecheck });
  await insertJobs(
    trx,
    hosts.map((host) => hostCheckJob({ host, round: options.round, batch: 1 })),
  );
}

/** A host's check job, queued once per run and batch. */
export function hostCheckJob(payload: HostCheckPayload) {
  return {
    kind: hostCheckJobKind,
    payload: { ...payload },
    dedupeKey: `${hostCheckJobKind}:${payload.host}:${payload.round}:${payload.batch}`,
  };
}
