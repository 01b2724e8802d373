import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Kysely, type Transaction } from 'kysely';
import { applyMigrations, listMigrations } from './migrate.ts';
import type { Database } from './schema.ts';

const format = 'lotse-backup';
const formatVersion = 1;

/**
 * The tables a backup holds, parents before children; `deferred` columns point into the same table, `binary`
 * columns are bytes (written as base64), and `rowsPerRead` keeps tables of large rows from filling memory.
 */
const tables: {
  name: keyof Database;
  orderBy: string;
  deferred?: string;
  hasIdentity?: boolean;
  binary?: string[];
  rowsPerRead?: number;
}[] = [
  { name: 'languages', orderBy: 'tag' },
  { name: 'regions', orderBy: 'id', hasIdentity: true },
  { name: 'region_languages', orderBy: 'region_id, language_tag', deferred: 'source_language_tag' },
  { name: 'users', orderBy: 'id', hasIdentity: true },
  { name: 'account_tokens', orderBy: 'id' },
  { name: 'region_roles', orderBy: 'user_id, region_id' },
  { name: 'glossary_terms', orderBy: 'id', hasIdentity: true },
  { name: 'machine_translation_usage', orderBy: 'region_id, month' },
  { name: 'content_items', orderBy: 'id', hasIdentity: true },
  // Versions only ever point at older versions, so id order inserts sources first.
  { name: 'content_versions', orderBy: 'id', hasIdentity: true },
  { name: 'pages', orderBy: 'id', deferred: 'parent_id' },
  { name: 'region_officials', orderBy: 'region_id' },
  { name: 'region_legal_pages', orderBy: 'region_id, purpose' },
  { name: 'machine_translations', orderBy: 'id', hasIdentity: true },
  { name: 'feedback', orderBy: 'id', hasIdentity: true },
  { name: 'feedback_notes', orderBy: 'id', hasIdentity: true },
  { name: 'audit_log', orderBy: 'id', hasIdentity: true },
  { name: 'translator_languages', orderBy: 'user_id, region_id, language_tag' },
  { name: 'version_reviews', orderBy: 'id', hasIdentity: true },
  { name: 'content_reviews', orderBy: 'id', hasIdentity: true },
  { name: 'notifications', orderBy: 'id', hasIdentity: true },
  { name: 'jobs', orderBy: 'id', hasIdentity: true },
  { name: 'links', orderBy: 'region_id, url' },
  { name: 'link_uses', orderBy: 'region_id, url, item_type, item_id, language_tag' },
  { name: 'link_checks', orderBy: 'id', hasIdentity: true },
  { name: 'link_hosts', orderBy: 'host' },
  // Images are up to 5 MiB each: a few at a time.
  { name: 'media', orderBy: 'id', hasIdentity: true, binary: ['bytes'], rowsPerRead: 8 },
];

/**
 * The tables a backup leaves out on purpose. Sessions: a restore signs everybody out. Autosaves: the unsaved
 * typing of those sessions, and a restore goes back to a time before it anyway. Reading ease: derived from
 * the versions and measured again when asked for. The migration log is the backup's header.
 */
export const TABLES_LEFT_OUT_OF_BACKUPS: readonly string[] = [
  'sessions',
  'autosaves',
  'version_reading_ease',
  'schema_migrations',
];

/** The tables a backup holds, in the order it writes and restores them. */
export const BACKED_UP_TABLES: readonly string[] = tables.map((table) => table.name);

type Row = Record<string, unknown>;
// Backups copy whole rows of every table; the column types are checked by the database on restore.
type AnyDatabase = Kysely<Record<string, Row>>;

interface Header {
  format: string;
  version: number;
  createdAt: string;
  migrations: string[];
}

/** How many rows of each table a backup or restore carried. */
export type TableCounts = Record<string, number>;

/**
 * Writes every table to a gzip-compressed JSON-lines file: a header naming the schema's migrations, one line
 * per row, and a closing line with the counts. The same file restores into PGlite or PostgreSQL.
 */
export async function backupDatabase(db: Kysely<Database>, file: string): Promise<TableCounts> {
  const gzip = createGzip();
  const done = finished(gzip.pipe(createWriteStream(file)));
  const write = async (line: object) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  const counts: TableCounts = {};
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const migrations = await trx.selectFrom('schema_migrations').select('name').orderBy('name').execute();
      const header: Header = {
        format,
        version: formatVersion,
        createdAt: new Date().toISOString(),
        migrations: migrations.map((m) => m.name),
      };
      await write(header);
      for (const table of tables) {
        counts[table.name] = 0;
        const limit = table.rowsPerRead ?? 1000;
        for (let offset = 0; ; offset += limit) {
          const rows =
            await sql<Row>`select * from ${sql.table(table.name)} order by ${sql.raw(table.orderBy)} limit ${limit} offset ${offset}`.execute(
              trx,
            );
          for (const row of rows.rows) await write({ table: table.name, row: encodeBinary(table, row) });
          counts[table.name] = (counts[table.name] ?? 0) + rows.rows.length;
          if (rows.rows.length < limit) break;
        }
      }
    });
  await write({ end: true, counts });
  gzip.end();
  await done;
  return counts;
}

/** Thrown when a backup cannot be restored; nothing was changed. */
export class RestoreError extends Error {}

/**
 * Restores a backup into this database in one transaction: everything or nothing. The database must hold no
 * regions or users unless `replace` is set, which deletes them first. A backup from an older schema is
 * restored at its schema and then migrated forward.
 */
export async function restoreDatabase(
  db: Kysely<Database>,
  file: string,
  options: { replace: boolean },
): Promise<TableCounts> {
  const lines = readLines(file);
  const header = (await lines.next()).value as Header | undefined;
  if (!header || header.format !== format) throw new RestoreError(`${file} is not a Lotse backup.`);
  if (header.version !== formatVersion) {
    throw new RestoreError(
      `${file} has backup format ${header.version}; this version of Lotse reads ${formatVersion}.`,
    );
  }
  const known = await listMigrations();
  const unknown = header.migrations.filter((name) => !known.some((m) => m.name === name));
  if (unknown.length > 0) {
    throw new RestoreError(
      `The backup comes from a newer version of Lotse (migrations ${unknown.join(', ')}). Upgrade first.`,
    );
  }
  return db.transaction().execute(async (trx) => {
    await applyMigrations(
      trx,
      known.filter((m) => header.migrations.includes(m.name)),
    );
    await ensureRestorable(trx, header, options.replace);
    const counts = await insertRows(trx as unknown as AnyDatabase, lines);
    await applyMigrations(trx, known);
    for (const table of tables.filter((t) => t.hasIdentity)) {
      await sql`select setval(pg_get_serial_sequence(${table.name}, 'id'), coalesce((select max(id) from ${sql.table(table.name)}), 0) + 1, false)`.execute(
        trx,
      );
    }
    return counts;
  });
}

async function ensureRestorable(trx: Transaction<Database>, header: Header, replace: boolean): Promise<void> {
  const applied = (await trx.selectFrom('schema_migrations').select('name').execute()).map((m) => m.name);
  const ahead = applied.filter((name) => !header.migrations.includes(name));
  if (ahead.length > 0) {
    throw new RestoreError(
      'This database has a newer schema than the backup. Restore into an empty database, which is then migrated.',
    );
  }
  const hasData = await sql<{
    n: number;
  }>`select ((select count(*) from regions) + (select count(*) from users))::int as n`.execute(trx);
  if ((hasData.rows[0]?.n ?? 0) > 0 && !replace) {
    throw new RestoreError(
      'This database already holds regions or users. Restore into an empty database, or pass --replace to delete everything in it first.',
    );
  }
  for (const table of [...tables].reverse()) await sql`delete from ${sql.table(table.name)}`.execute(trx);
}

async function insertRows(db: AnyDatabase, lines: AsyncGenerator<unknown>): Promise<TableCounts> {
  const counts: TableCounts = {};
  const batch: Row[] = [];
  let current: (typeof tables)[number] | undefined;
  const deferredUpdates: { table: string; column: string; keys: Row; value: unknown }[] = [];
  const flush = async () => {
    if (current && batch.length > 0) await db.insertInto(current.name).values(batch.splice(0)).execute();
  };
  let rowsPerInsert = 500;
  for await (const line of lines) {
    const entry = line as { table?: string; row?: Row; end?: boolean; counts?: TableCounts };
    if (entry.end) {
      await flush();
      await applyDeferred(db, deferredUpdates);
      const expected = entry.counts ?? {};
      const mismatched = tables.filter((t) => (expected[t.name] ?? 0) !== (counts[t.name] ?? 0));
      if (mismatched.length > 0) {
        throw new RestoreError(
          `The backup is damaged: the rows of ${mismatched.map((t) => t.name).join(', ')} do not add up.`,
        );
      }
      return counts;
    }
    const table = tables.find((t) => t.name === entry.table);
    if (!table || !entry.row)
      throw new RestoreError(`The backup is damaged: unexpected line for "${entry.table}".`);
    if (table !== current) {
      await flush();
      current = table;
      rowsPerInsert = Math.min(table.rowsPerRead ?? 500, 500);
    }
    const row = decodeBinary(table, entry.row);
    if (table.deferred && row[table.deferred] !== null) {
      deferredUpdates.push({
        table: table.name,
        column: table.deferred,
        keys: keysOf(table.name, row),
        value: row[table.deferred],
      });
      row[table.deferred] = null;
    }
    batch.push(row);
    counts[table.name] = (counts[table.name] ?? 0) + 1;
    if (batch.length >= rowsPerInsert) await flush();
  }
  throw new RestoreError('The backup is incomplete: it ends before its closing line.');
}

/** A row with its bytes as base64 text, which JSON can carry. */
function encodeBinary(table: (typeof tables)[number], row: Row): Row {
  if (!table.binary) return row;
  const encoded = { ...row };
  for (const column of table.binary) {
    const value = row[column];
    if (value instanceof Uint8Array) {
      encoded[column] = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
    }
  }
  return encoded;
}

/** A row from a backup with its base64 columns as bytes again. */
function decodeBinary(table: (typeof tables)[number], row: Row): Row {
  const decoded = { ...row };
  for (const column of table.binary ?? []) {
    if (typeof row[column] === 'string') decoded[column] = Buffer.from(row[column], 'base64');
  }
  return decoded;
}

function keysOf(table: string, row: Row): Row {
  return table === 'region_languages'
    ? { region_id: row.region_id, language_tag: row.language_tag }
    : { id: row.id };
}

async function applyDeferred(
  db: AnyDatabase,
  updates: { table: string; column: string; keys: Row; value: unknown }[],
) {
  for (const update of updates) {
    let query = db.updateTable(update.table).set({ [update.column]: update.value });
    for (const [column, value] of Object.entries(update.keys)) query = query.where(column, '=', value);
    await query.execute();
  }
}

async function* readLines(file: string): AsyncGenerator<unknown> {
  const handle = await open(file).catch((error: NodeJS.ErrnoException) => {
    throw new RestoreError(
      `Cannot open ${file}: ${error.code === 'ENOENT' ? 'there is no such file' : error.message}.`,
    );
  });
  const gunzip = createGunzip();
  const raw = handle.createReadStream();
  raw.on('error', (error) => gunzip.destroy(error));
  const reader = createInterface({ input: raw.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of reader) if (line.trim() !== '') yield JSON.parse(line);
  } catch (error) {
    throw new RestoreError(`${file} cannot be read as a Lotse backup: ${(error as Error).message}`);
  }
}
