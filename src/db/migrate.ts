import { readdir, readFile } from 'node:fs/promises';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

/** A migration file: its timestamped name and its SQL. */
export interface Migration {
  name: string;
  sql: string;
}

/** The migrations shipped with this version, oldest first. */
export async function listMigrations(): Promise<Migration[]> {
  const names = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (name) => ({
      name: name.replace(/\.sql$/, ''),
      sql: await readFile(new URL(name, migrationsDir), 'utf8'),
    })),
  );
}

/**
 * Applies every migration the database has not seen yet, in one transaction, and returns their names.
 * Several servers starting at once take turns through an advisory lock.
 */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  const migrations = await listMigrations();
  return db.transaction().execute((trx) => applyMigrations(trx, migrations));
}

/** Applies those of the given migrations that the database lacks, inside the caller's transaction. */
export async function applyMigrations(
  trx: Transaction<Database>,
  migrations: Migration[],
): Promise<string[]> {
  await sql`select pg_advisory_xact_lock(7415)`.execute(trx);
  await sql`create table if not exists schema_migrations (
    name text primary key,
    applied_at timestamptz not null default now()
  )`.execute(trx);
  const applied = new Set(
    (await trx.selectFrom('schema_migrations').select('name').execute()).map((row) => row.name),
  );
  const known = new Set((await listMigrations()).map((migration) => migration.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(
      `The database has migrations this version of Lotse does not know (${unknown.join(', ')}); ` +
        'it was used by a newer version. Upgrade Lotse instead.',
    );
  }
  const pending = migrations.filter((migration) => !applied.has(migration.name));
  for (const migration of pending) {
    await sql.raw(migration.sql).execute(trx);
    await trx.insertInto('schema_migrations').values({ name: migration.name }).execute();
  }
  return pending.map((migration) => migration.name);
}
