import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { insertNotifications } from '../notifications/repo.ts';
import { insertJob } from '../jobs/repo.ts';
import { listRegionsWithStatus, lockRegion, type RegionRow } from '../regions/repo.ts';
import { isReadablePublicly, isUnwatchedPublicly, officialNoticeFrom } from '../regions/policy.ts';
import { findOfficial, listOfficialWatchers, setOfficialMissingSince } from './repo.ts';

/** The daily job that looks after every public region's responsible official. */
export const officialWatchJobKind = 'go-live.watch-officials';

/** The job that, when a region's grace period ends, drops its cached pages so that they show the notice. */
export const officialNoticeJobKind = 'go-live.official-notice-due';

/** Drops a region's cached public pages (on every server) when its notice is due. */
export function officialNoticeJobHandler(ctx: Pick<AppContext, 'cache'>): JobHandler {
  return async (payload) => {
    ctx.cache.invalidateRegion(Number(payload.regionId));
  };
}

type WatchContext = Pick<AppContext, 'db' | 'cache'> & { config: Pick<AppContext['config'], 'publicUrl'> };

/**
 * Looks whether a public region still has its responsible official (named, and still a region manager).
 * When they left, the region is flagged and its managers and the platform admins are told, once; when
 * someone is responsible again, the flag goes. Drafts are left to the go-live gate.
 */
export async function watchOfficial(ctx: WatchContext, regionId: number): Promise<void> {
  const hasChanged = await ctx.db.transaction().execute(async (trx) => {
    const region = await lockRegion(trx, regionId);
    if (!region || !isReadablePublicly(region)) return false;
    const official = await findOfficial(trx, region.id);
    const isWatched = official !== undefined && official.user_id !== null && official.is_region_manager;
    if (isWatched === (region.official_missing_since === null)) return false;
    const since = isWatched ? null : new Date();
    await setOfficialMissingSince(trx, region.id, since);
    await insertAuditEntry(trx, {
      action: isWatched ? 'region.official-restored' : 'region.official-missing',
      regionId: region.id,
      details: { graceDays: region.official_grace_days },
    });
    if (since) {
      await alertWatchers(trx, ctx.config.publicUrl, region);
      // The public pages are cached: drop them when the notice is due, not only at the next daily watch.
      await insertJob(trx, {
        kind: officialNoticeJobKind,
        payload: { regionId: region.id },
        runAt: officialNoticeFrom({ ...region, official_missing_since: since }),
        dedupeKey: `${officialNoticeJobKind}:${region.id}:${since.toISOString()}`,
      });
    }
    return true;
  });
  if (hasChanged) ctx.cache.invalidateRegion(regionId);
}

/** Tells the region's managers and the platform admins, in the workspace and by e-mail. */
async function alertWatchers(db: Kysely<Database>, publicUrl: string, region: RegionRow): Promise<void> {
  const watchers = await listOfficialWatchers(db, region.id);
  const details = { graceDays: region.official_grace_days };
  await insertNotifications(
    db,
    watchers.map((watcher) => ({
      user_id: watcher.id,
      region_id: region.id,
      kind: 'region.official-missing' as const,
      details,
    })),
  );
  const link = `${publicUrl}/cms/r/${encodeURIComponent(region.slug)}/go-live`;
  const days = region.official_grace_days;
  for (const watcher of watchers) {
    await queueMail(
      db,
      {
        to: watcher.email,
        subject: `Lotse ${region.name}: keine verantwortliche Person mehr / no responsible official`,
        text:
          `${region.name} hat keine verantwortliche Person mehr: ihre Rolle oder ihr Konto ist beendet. ` +
          `Benennen Sie eine neue, sonst zeigt die App in ${days} Tagen einen Hinweis, dass niemand die Inhalte betreut:\n${link}\n\n` +
          `${region.name} no longer has a responsible official: their role or account ended. ` +
          `Name a new one, or in ${days} days the app tells its readers that nobody looks after the content:\n${link}\n`,
      },
      `region.official-missing:${region.id}:${Date.now()}:${watcher.email}`,
    );
  }
}

/**
 * The daily watch over every public region. It also drops the cached pages of regions whose grace period
 * ran out, so that the public notice shows without waiting for the next change.
 */
export function officialWatchJobHandler(ctx: WatchContext): JobHandler {
  return async () => {
    for (const region of await listRegionsWithStatus(ctx.db, ['live', 'hidden'])) {
      await watchOfficial(ctx, region.id);
      if (isUnwatchedPublicly(region, new Date())) ctx.cache.invalidateRegion(region.id);
    }
  };
}
