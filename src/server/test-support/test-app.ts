import { configuredTranslators } from '../machine-translation/translators.ts';
import { createRateLimits } from '../http/rate-limiter.ts';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/connect.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { AppContext } from '../context.ts';
import { PublicCache } from '../public-cache.ts';
import type { TestDatabase } from './databases.ts';

/** An application on a fresh test database, driven in-process with `app.inject`. */
export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

/** Starts the application on a fresh database of the given kind, with settings as the environment would give them. */
export async function startTestApp(
  database: TestDatabase,
  environment: Record<string, string> = {},
): Promise<TestApp> {
  const handle = await database.open();
  const config = loadConfig(environment);
  const ctx: AppContext = {
    db: handle.db,
    config,
    cache: new PublicCache(64 * 1024 * 1024),
    rateLimits: createRateLimits(),
    translators: configuredTranslators(config),
  };
  const app = await buildApp({ ctx, databaseKind: handle.kind });
  return {
    app,
    ctx,
    handle,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
