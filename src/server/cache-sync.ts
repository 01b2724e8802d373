// Several servers on one PostgreSQL database keep their public caches in step: what one invalidates (a
// publish, a move, a settings change) it announces with NOTIFY, and the others drop the same.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { CacheChange, PublicCache } from './public-cache.ts';

const channel = 'lotse_cache';
const reconnectDelayMs = 1000;

/** A running synchronisation, and how to end it. */
export interface CacheSync {
  stop(): Promise<void>;
}

/**
 * Listens for the invalidations of the other servers on the database and announces this server's. While
 * the connection is away (a database restart) it reconnects every second; announcements missed in between
 * expire with the caches' max-age.
 */
export async function syncCacheAcrossServers(options: {
  cache: PublicCache;
  databaseUrl: string;
  log(message: string): void;
  /** Called after a change of another server was applied here. */
  onApplied?(change: CacheChange): void;
}): Promise<CacheSync> {
  const origin = randomUUID();
  let client: pg.Client | undefined;
  let isStopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString: options.databaseUrl });
    next.on('notification', (message) => {
      const announced = parse(message.payload);
      if (!announced || announced.origin === origin) return;
      options.cache.apply(announced.change);
      options.onApplied?.(announced.change);
    });
    next.on('error', (error) => {
      options.log(`The cache announcements' database connection failed (${error.message}); reconnecting.`);
      void next.end().catch(() => undefined);
      reconnectSoon();
    });
    await next.connect();
    await next.query(`listen ${channel}`);
    client = next;
  };
  const reconnectSoon = () => {
    client = undefined;
    if (isStopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch((error: Error) => {
        options.log(`The cache announcements cannot reach the database yet (${error.message}).`);
        reconnectSoon();
      });
    }, reconnectDelayMs);
  };

  await connect();
  const inFlight = new Set<Promise<unknown>>();
  options.cache.announceChangesTo((change) => {
    if (!client) return;
    const sent = client
      .query('select pg_notify($1, $2)', [channel, JSON.stringify({ origin, change })])
      .catch((error: Error) => options.log(`A cache change could not be announced (${error.message}).`))
      .finally(() => inFlight.delete(sent));
    inFlight.add(sent);
  });
  return {
    stop: async () => {
      isStopped = true;
      if (retry) clearTimeout(retry);
      options.cache.announceChangesTo(() => undefined);
      await Promise.allSettled(inFlight);
      await client?.end();
    },
  };
}

function parse(payload: string | undefined): { origin: string; change: CacheChange } | undefined {
  try {
    const value = JSON.parse(payload ?? '') as { origin?: unknown; change?: Partial<CacheChange> };
    const { change } = value;
    if (typeof value.origin !== 'string' || !change || typeof change.regionId !== 'number') return undefined;
    if (change.kind !== 'content' && change.kind !== 'region') return undefined;
    return { origin: value.origin, change: { kind: change.kind, regionId: change.regionId } };
  } catch {
    return undefined;
  }
}
