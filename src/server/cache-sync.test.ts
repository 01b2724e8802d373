import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { syncCacheAcrossServers, type CacheSync } from './cache-sync.ts';
import { testDatabaseUrl } from './config.ts';
import { PublicCache, type CacheChange } from './public-cache.ts';

const serverUrl = testDatabaseUrl();

// Announcements go through a PostgreSQL server; the embedded database has one process and nobody to tell.
if (serverUrl) {
  describe('public caches of several servers on one PostgreSQL database', () => {
    const servers = [new PublicCache(1 << 20), new PublicCache(1 << 20)] as const;
    const applied: ((change: CacheChange) => void)[] = [];
    let syncs: CacheSync[] = [];
    before(async () => {
      syncs = await Promise.all(
        servers.map((cache, index) =>
          syncCacheAcrossServers({
            cache,
            databaseUrl: serverUrl,
            log: (message) => assert.fail(message),
            onApplied: (change) => applied[index]?.(change),
          }),
        ),
      );
    });
    after(() => Promise.all(syncs.map((sync) => sync.stop())));

    /** Resolves with the first change another server's announcement brings to server `index` for a region. */
    const nextApplied = (index: number, regionId: number) =>
      new Promise<CacheChange>((resolve) => {
        applied[index] = (change) => change.regionId === regionId && resolve(change);
      });
    const cachedContentOf = (cache: PublicCache, regionId: number, value: string) =>
      cache.content.get(PublicCache.regionScope(regionId), 'content', async () => ({
        languages: new Map([[value, { pages: [], byId: new Map(), byPath: new Map() }]]),
      }));

    it('drops on the other server what a publish on one server invalidates', async () => {
      const regionId = randomInt(1_000_000, 2_000_000);
      await cachedContentOf(servers[1], regionId, 'before');
      const arrived = nextApplied(1, regionId);
      servers[0].invalidateRegionContent(regionId);
      assert.deepEqual(await arrived, { kind: 'content', regionId });
      const reloaded = await cachedContentOf(servers[1], regionId, 'after');
      assert.deepEqual([...reloaded.languages.keys()], ['after'], 'the other server loads the region again');
    });

    it('passes on region changes too, and a server does not apply its own announcements', async () => {
      const regionId = randomInt(2_000_000, 3_000_000);
      let isAppliedToSender = false;
      applied[1] = (change) => {
        if (change.regionId === regionId) isAppliedToSender = true;
      };
      const arrived = nextApplied(0, regionId);
      servers[1].invalidateRegion(regionId);
      assert.deepEqual(await arrived, { kind: 'region', regionId });
      const roundTrip = nextApplied(1, regionId + 1);
      servers[0].invalidateRegion(regionId + 1);
      await roundTrip;
      assert.equal(isAppliedToSender, false);
    });
  });
}
