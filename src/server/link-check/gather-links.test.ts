import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { indexRegionLinks } from './gather-links.ts';
import { listLinkUses } from './repo.ts';

const linkTo = (url: string) => `<a href="${url}">mehr</a>`;

for (const database of testDatabases()) {
  describe(`indexing a region's links on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const index = (trx: Kysely<Database>, regionId: number, round: string) =>
      indexRegionLinks(trx, { regionId, ownOrigin: 'http://localhost:8080', isRecheck: false, round });

    /** Until some other session of this database waits for a lock (the second indexing, for the first). */
    const untilAnotherWaits = async () => {
      for (;;) {
        const { rows } = await sql<{ waiting: number }>`select count(*)::integer as waiting
          from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(
          t.ctx.db,
        );
        if ((rows[0]?.waiting ?? 0) > 0) return;
        await nextTurn();
      }
    };

    it('indexes twice at once (the nightly check and a replacement) without a duplicate', async () => {
      const region = await createTestRegion(t.ctx);
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Beratung', en: 'Counselling' },
        html: [linkTo('https://amt.example/a'), linkTo('https://amt.example/b')].join(' '),
      });
      await t.ctx.db.transaction().execute((trx) => index(trx, region.id, 'first'));

      // PGlite serialises transactions on its one connection; on PostgreSQL the first indexing holds its
      // transaction open until the second has begun and waits.
      const isServer = database.name === 'PostgreSQL';
      await Promise.all([
        t.ctx.db.transaction().execute(async (trx) => {
          await index(trx, region.id, 'check');
          if (isServer) await untilAnotherWaits();
        }),
        t.ctx.db.transaction().execute((trx) => index(trx, region.id, 'replace')),
      ]);

      const uses = await listLinkUses(t.ctx.db, region.id);
      assert.deepEqual(uses.map((use) => `${use.language_tag} ${use.url} ${use.item_id}`).sort(), [
        `de https://amt.example/a ${page.pageId}`,
        `de https://amt.example/b ${page.pageId}`,
        `en https://amt.example/a ${page.pageId}`,
        `en https://amt.example/b ${page.pageId}`,
      ]);
    });
  });
}
