import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import {
  BACKED_UP_TABLES,
  TABLES_LEFT_OUT_OF_BACKUPS,
  backupDatabase,
  restoreDatabase,
} from '../db/backup.ts';
import { openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { testDatabaseUrl } from '../server/config.ts';
import { seedDemoRegion } from '../server/demo/seed-demo.ts';
import { PublicCache } from '../server/public-cache.ts';
import { openFreshPostgres, testDatabases } from '../server/test-support/databases.ts';
import { createUser } from '../server/users/service.ts';

const [embedded] = testDatabases();
const serverUrl = testDatabaseUrl();

/** A fresh database with no schema at all, as an operator would restore into. */
function blankDatabase(kind: 'PGlite' | 'PostgreSQL'): Promise<DatabaseHandle> {
  return kind === 'PostgreSQL'
    ? openFreshPostgres(serverUrl!)
    : openDatabase({ dataDir: 'memory://', holder: 'test' });
}

/** The backup without its header line (which carries the time it was made). */
async function contentOf(file: string): Promise<string> {
  return gunzipSync(await readFile(file))
    .toString()
    .split('\n')
    .slice(1)
    .join('\n');
}

describe('backup and restore', () => {
  const otherKind = serverUrl ? 'PostgreSQL' : 'PGlite';

  it('holds every table of the schema, except the few it leaves out on purpose', async () => {
    const handle = await embedded!.open();
    try {
      const { rows } = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public'`.execute(handle.db);
      const unaccounted = rows
        .map((row) => row.table_name)
        .filter((name) => !BACKED_UP_TABLES.includes(name) && !TABLES_LEFT_OUT_OF_BACKUPS.includes(name));
      assert.deepEqual(unaccounted, [], 'a new table must be backed up, or left out with a reason');
    } finally {
      await handle.close();
    }
  });

  it(`round-trips every region, page, version, image and user: PGlite → ${otherKind} → PGlite`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lotse-backup-'));
    const source = await embedded!.open();
    await seedDemoRegion({
      db: source.db,
      cache: new PublicCache(0),
      config: { publicUrl: 'http://localhost:8080' },
    });
    const editor = await createUser(source.db, {
      email: 'editor@example.org',
      password: 'correct horse battery',
      role: 'editor',
      region: 'musterstadt',
    });
    const region = await source.db.selectFrom('regions').select('id').executeTakeFirstOrThrow();
    const version = await source.db
      .selectFrom('content_versions')
      .select(['id', 'item_id', 'language_tag'])
      .executeTakeFirstOrThrow();
    // Every byte value, and more images than one read of the table takes.
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
    for (let i = 0; i < 10; i++) {
      await source.db
        .insertInto('media')
        .values({
          region_id: region.id,
          file_name: `bild-${i}.png`,
          content_type: 'image/png',
          bytes: bytes.subarray(i),
          byte_size: bytes.length - i,
          sha256: createHash('sha256').update(bytes.subarray(i)).digest('hex'),
          uploaded_by: editor.id,
        })
        .execute();
    }
    await source.db
      .insertInto('autosaves')
      .values({
        user_id: editor.id,
        region_id: region.id,
        item_id: version.item_id,
        language_tag: version.language_tag,
        title: 'Ungespeichert',
        content_html: '<p>…</p>',
        base_version_id: version.id,
      })
      .execute();
    const counts = await backupDatabase(source.db, join(dir, 'a.gz'));
    await source.close();
    assert.ok((counts.content_versions ?? 0) > 100);
    assert.equal(counts.media, 10);
    assert.equal(counts.autosaves, undefined, 'autosaves are transient, like sessions');
    assert.deepEqual(
      [counts.region_officials, counts.region_legal_pages, counts.glossary_terms],
      [1, 3, 2],
      'the official, the legal pages and the glossary',
    );

    const other = await blankDatabase(otherKind);
    await restoreDatabase(other.db, join(dir, 'a.gz'), { replace: false });
    await backupDatabase(other.db, join(dir, 'b.gz'));
    await other.close();

    const back = await blankDatabase('PGlite');
    await restoreDatabase(back.db, join(dir, 'b.gz'), { replace: false });
    await backupDatabase(back.db, join(dir, 'c.gz'));
    const nextRegion = await back.db
      .insertInto('content_items')
      .values({ region_id: 1, kind: 'page' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const images = await back.db.selectFrom('media').select(['bytes', 'sha256']).orderBy('id').execute();
    await back.close();

    assert.equal(images.length, 10);
    images.forEach((image, i) => {
      assert.deepEqual(Buffer.from(image.bytes), bytes.subarray(i), `the bytes of image ${i}`);
      assert.equal(createHash('sha256').update(image.bytes).digest('hex'), image.sha256);
    });

    const original = await contentOf(join(dir, 'a.gz'));
    assert.equal(await contentOf(join(dir, 'b.gz')), original);
    assert.equal(await contentOf(join(dir, 'c.gz')), original);
    assert.equal(
      nextRegion.id,
      (counts.content_items ?? 0) + 1,
      'identity sequences continue after the restored ids',
    );
  });

  it('refuses to restore over existing data, and changes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lotse-backup-'));
    const source = await embedded!.open();
    await seedDemoRegion({
      db: source.db,
      cache: new PublicCache(0),
      config: { publicUrl: 'http://localhost:8080' },
    });
    await backupDatabase(source.db, join(dir, 'a.gz'));
    await assert.rejects(
      restoreDatabase(source.db, join(dir, 'a.gz'), { replace: false }),
      /already holds regions/,
    );
    const regions = await source.db.selectFrom('regions').select('slug').execute();
    assert.deepEqual(regions, [{ slug: 'musterstadt' }]);
    await restoreDatabase(source.db, join(dir, 'a.gz'), { replace: true });
    await source.close();
  });

  it('rejects files that are not whole Lotse backups, all or nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lotse-backup-'));
    const source = await embedded!.open();
    await seedDemoRegion({
      db: source.db,
      cache: new PublicCache(0),
      config: { publicUrl: 'http://localhost:8080' },
    });
    await backupDatabase(source.db, join(dir, 'good.gz'));
    await source.close();
    const lines = gunzipSync(await readFile(join(dir, 'good.gz')))
      .toString()
      .split('\n');
    await writeFile(join(dir, 'truncated.gz'), gzipSync(lines.slice(0, 40).join('\n')));
    await writeFile(join(dir, 'plain.txt'), 'not a backup');
    await writeFile(join(dir, 'other.gz'), gzipSync('{"format":"something-else"}\n'));

    const target = await blankDatabase('PGlite');
    await assert.rejects(
      restoreDatabase(target.db, join(dir, 'truncated.gz'), { replace: false }),
      /incomplete/,
    );
    await assert.rejects(
      restoreDatabase(target.db, join(dir, 'plain.txt'), { replace: false }),
      /cannot be read/,
    );
    await assert.rejects(
      restoreDatabase(target.db, join(dir, 'other.gz'), { replace: false }),
      /not a Lotse backup/,
    );
    await assert.rejects(
      restoreDatabase(target.db, join(dir, 'missing.gz'), { replace: false }),
      /no such file/,
    );
    const tables = await target.db.introspection.getTables();
    const regions = tables.some((table) => table.name === 'regions')
      ? await target.db.selectFrom('regions').select('id').execute()
      : [];
    assert.deepEqual(regions, []);
    await target.close();
  });
});
