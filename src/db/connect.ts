import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'embedded' | 'postgres';

/** An open database: the query builder, what kind it is, and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without one the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Where the embedded database keeps its files; `memory://` keeps nothing. */
  dataDir: string;
  /** What holds the embedded database, shown to a second process that asks for it. */
  holder: string;
  /** Connections to a PostgreSQL server. */
  poolSize?: number;
}

/** Opens the embedded database or a PostgreSQL server, as the options say. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openEmbedded(options.dataDir, options.holder);
}

function openPostgres(connectionString: string, max: number): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection the server ends (a restart, an administrator) is replaced on next use; without this
  // listener its error would end the process.
  pool.on('error', (error) => {
    console.warn(
      `A database connection was closed by the server (${error.message}); a new one opens when needed.`,
    );
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openEmbedded(dataDir: string, holder: string): Promise<DatabaseHandle> {
  const isInMemory = dataDir.startsWith('memory://');
  const lock = isInMemory ? undefined : await acquireDataDirLock(dataDir, holder);
  try {
    const pglite = await PGlite.create({ ...(isInMemory ? {} : { dataDir }), extensions: { pg_trgm } });
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'embedded',
      close: async () => {
        await db.destroy();
        await lock?.release();
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
