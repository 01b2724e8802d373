import { configuredTranslators } from './machine-translation/translators.ts';
import { createRateLimits } from './http/rate-limiter.ts';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from './app.ts';
import { JobRunner } from './jobs/runner.ts';
import { createMailer } from './mail/mailer.ts';
import { jobHandlers, recurringJobs } from './jobs/handlers.ts';
import { queueRecurringJobs } from './jobs/recurring.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { seedDemoIntoEmptyDatabase } from './demo/seed-demo.ts';
import { syncLanguageRegistry } from './languages/service.ts';
import { PublicCache } from './public-cache.ts';
import { syncCacheAcrossServers } from './cache-sync.ts';
import { workspaceLoader } from './workspace-app/build-workspace.ts';

/** How often a server checks whether a recurring job (link check, digest) is due for a new period. */
const recurringCheckMs = 10 * 60 * 1000;

/** A server that is listening, and how to stop it cleanly. */
export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

/** Opens and migrates the database, seeds the demo region into an empty one, and starts listening. */
export async function startServer(config: Config): Promise<RunningServer> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    holder: `lotse serve on port ${config.port}`,
  });
  try {
    return await startOn(handle, config);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function startOn(handle: DatabaseHandle, config: Config): Promise<RunningServer> {
  await migrate(handle.db);
  await syncLanguageRegistry(handle.db);
  const ctx: AppContext = {
    db: handle.db,
    config,
    cache: new PublicCache(config.cacheBytes),
    rateLimits: createRateLimits(),
    translators: configuredTranslators(config),
  };
  const workspace = workspaceLoader();
  const app = await buildApp({
    ctx,
    databaseKind: handle.kind,
    workspace,
    logger: { level: config.logLevel },
  });
  const seeded = await seedDemoIntoEmptyDatabase(ctx);
  if (seeded) {
    app.log.info(`Seeded the demo region Musterstadt: ${seeded.pages} pages, ${seeded.versions} versions.`);
  }
  // Servers sharing a PostgreSQL database tell each other what to drop from their caches.
  const cacheSync =
    handle.kind === 'postgres' && config.databaseUrl
      ? await syncCacheAcrossServers({
          cache: ctx.cache,
          databaseUrl: config.databaseUrl,
          log: (message) => app.log.warn(message),
        })
      : undefined;
  const jobs = new JobRunner(
    handle.db,
    jobHandlers(ctx, createMailer(config.smtpUrl, config.mailFrom)),
    (message) => app.log.warn(message),
  );
  jobs.start(1000);
  const queueRecurring = () =>
    queueRecurringJobs(handle.db, recurringJobs).catch((error: unknown) =>
      app.log.error(error, 'The recurring jobs could not be queued.'),
    );
  await queueRecurring();
  const recurringTimer = setInterval(() => void queueRecurring(), recurringCheckMs);
  recurringTimer.unref();
  await app.listen({ port: config.port, host: config.host });
  // Built (or taken from the cache) right away, so that the first person at /cms/ does not wait.
  workspace().catch((error: unknown) => app.log.error(error, 'The workspace app could not be built.'));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    url: `http://localhost:${port}`,
    stop: async () => {
      clearInterval(recurringTimer);
      await jobs.stop();
      await app.close();
      await cacheSync?.stop();
      await handle.close();
    },
  };
}
