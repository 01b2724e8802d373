import { setTimeout as sleep } from 'node:timers/promises';
import type { AppContext } from '../context.ts';
import { insertJob, insertJobs } from '../jobs/repo.ts';
import type { RecurringJob } from '../jobs/recurring.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { hostCheckJob, hostCheckJobKind, indexRegionLinks, type HostCheckPayload } from './gather-links.ts';
import { checkLink, type ProbeOptions } from './probe.ts';
import {
  endHostTurn,
  insertScheduledChecks,
  lockUngatheredCheck,
  markCheckGathered,
  nextDueUrl,
  recordCheckResult,
  reserveHostTurn,
} from './check-repo.ts';

const dailyJobKind = 'link-check.daily';
/** The job that gathers a region's links for one run and queues the checks of their hosts. */
export const regionCheckJobKind = 'link-check.region';

/** The nightly link check of every region that is not archived. */
export const linkCheckRecurringJob: RecurringJob = { kind: dailyJobKind, period: 'daily' };

/**
 * How long the daily run waits before it gathers: a server that has just started (or every server of a
 * deployment) is not kept busy by it, and a server started only for a moment sends no requests at all.
 */
const dailyRunDelayMs = 15 * 60 * 1000;

/**
 * How long one host's job checks before it hands the rest to a new job: well within the runner's lock,
 * and short enough that other work (e-mail) never waits long behind it.
 */
const batchBudgetMs = 60_000;

/** The queued job that gathers the links of a run. */
export function regionCheckJob(regionId: number, checkId: number) {
  return {
    kind: regionCheckJobKind,
    payload: { regionId, checkId },
    dedupeKey: `${regionCheckJobKind}:${checkId}`,
  };
}

/**
 * The link checker's jobs. Each step is stored together with the jobs of the next, so a crash anywhere
 * loses nothing: the daily job starts a run per region; a region's job gathers its links and queues one
 * job per host; a host's job checks its due links one by one, politely, and hands on what is left when its
 * time is up.
 */
export function linkCheckJobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [dailyJobKind]: async (payload) => {
      await ctx.db.transaction().execute(async (trx) => {
        const checks = await insertScheduledChecks(trx, String(payload.period));
        const runAt = new Date(Date.now() + dailyRunDelayMs);
        await insertJobs(
          trx,
          checks.map((check) => ({ ...regionCheckJob(check.region_id, check.id), runAt })),
        );
      });
    },
    [regionCheckJobKind]: async (payload) => {
      const regionId = Number(payload.regionId);
      const checkId = Number(payload.checkId);
      await ctx.db.transaction().execute(async (trx) => {
        if (!(await lockUngatheredCheck(trx, regionId, checkId))) return;
        await indexRegionLinks(trx, {
          regionId,
          ownOrigin: new URL(ctx.config.publicUrl).origin,
          isRecheck: true,
          round: `check-${checkId}`,
        });
        await markCheckGathered(trx, regionId, checkId);
      });
    },
    [hostCheckJobKind]: async (payload) => {
      await checkHostLinks(ctx, payload as unknown as HostCheckPayload);
    },
  };
}

async function checkHostLinks(ctx: AppContext, job: HostCheckPayload): Promise<void> {
  const deadline = Date.now() + batchBudgetMs;
  const options = probeOptions(ctx);
  for (let url = await nextDueUrl(ctx.db, job.host); url; url = await nextDueUrl(ctx.db, job.host)) {
    if (Date.now() > deadline) {
      await insertJob(ctx.db, hostCheckJob({ ...job, batch: job.batch + 1 }));
      return;
    }
    await recordCheckResult(ctx.db, { host: job.host, url }, await checkLink(url, options));
  }
}

function probeOptions(ctx: AppContext): ProbeOptions {
  const { timeoutMs, hostPauseMs, allowsPrivateAddresses } = ctx.config.linkCheck;
  return {
    timeoutMs,
    allowsPrivateAddresses,
    userAgent: `Lotse link checker (+${ctx.config.publicUrl})`,
    waitForTurn: async (host) => {
      const waitMs = await reserveHostTurn(ctx.db, host, hostPauseMs);
      if (waitMs > 0) await sleep(Math.ceil(waitMs));
    },
    endTurn: (host) => endHostTurn(ctx.db, host, hostPauseMs),
  };
}
