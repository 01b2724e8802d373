// A Lotse on an in-memory database with one generated region, and an editor signed in to its workspace API.
import { openDatabase } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createRateLimits } from '../../src/server/http/rate-limiter.ts';
import { syncLanguageRegistry } from '../../src/server/languages/service.ts';
import { PublicCache } from '../../src/server/public-cache.ts';
import { createUser } from '../../src/server/users/service.ts';
import { generateRegions } from '../api/generate-data.ts';

/** Starts the server with region `bench-0` (pages × languages, all published) and signs in an editor. */
export async function startBenchWorkspace(size: { pages: number; languages: number }) {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: 'memory://',
    holder: 'bench',
  });
  await migrate(handle.db);
  await syncLanguageRegistry(handle.db);
  const ctx = {
    db: handle.db,
    config,
    cache: new PublicCache(256 << 20),
    rateLimits: createRateLimits(),
    translators: {},
  };
  await generateRegions(ctx, { from: 0, to: 1 }, size);
  const password = 'benchmark passphrase';
  await createUser(ctx.db, { email: 'editor@bench.example', password, role: 'editor', region: 'bench-0' });
  const app = await buildApp({ ctx, databaseKind: handle.kind });
  const origin = await app.listen({ host: '127.0.0.1', port: 0 });
  const signIn = await fetch(`${origin}/api/cms/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@bench.example', password }),
  });
  const headers = {
    cookie: String(signIn.headers.get('set-cookie')).split(';')[0]!,
    'x-csrf-token': ((await signIn.json()) as { csrfToken: string }).csrfToken,
    'content-type': 'application/json',
  };
  return {
    ctx,
    origin,
    headers,
    databaseKind: handle.kind,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

/** Times one request over loopback (status checked, body read). */
export async function timed(request: () => Promise<Response>): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await request();
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${body.slice(0, 200)}`);
  return { ms: performance.now() - started, body };
}

/** The p-th percentile of some timings. */
export function percentile(values: number[], p: number): number {
  return [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ]!;
}
