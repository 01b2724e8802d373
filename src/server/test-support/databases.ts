import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { testDatabaseUrl } from '../config.ts';
import { syncLanguageRegistry } from '../languages/service.ts';

/** A database kind the suite runs against. */
export interface TestDatabase {
  name: 'PGlite' | 'PostgreSQL';
  /** A fresh, migrated database of this kind. */
  open(): Promise<DatabaseHandle>;
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export function testDatabases(): TestDatabase[] {
  const serverUrl = testDatabaseUrl();
  const databases: TestDatabase[] = [{ name: 'PGlite', open: () => prepared(openEmbeddedInMemory()) }];
  if (serverUrl) databases.push({ name: 'PostgreSQL', open: () => prepared(openFreshPostgres(serverUrl)) });
  return databases;
}

function openEmbeddedInMemory(): Promise<DatabaseHandle> {
  return openDatabase({ dataDir: 'memory://', holder: 'test' });
}

/** A new database on the server, dropped again when the handle closes. */
export async function openFreshPostgres(serverUrl: string): Promise<DatabaseHandle> {
  const name = `lotse_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({
    databaseUrl: url.toString(),
    dataDir: 'memory://',
    holder: 'test',
    poolSize: 4,
  });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

async function prepared(opening: Promise<DatabaseHandle>): Promise<DatabaseHandle> {
  const handle = await opening;
  await migrate(handle.db);
  await syncLanguageRegistry(handle.db);
  return handle;
}
