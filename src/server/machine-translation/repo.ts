import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database, MachineTranslationsTable } from '../../db/schema.ts';

export type MachineTranslationRow = Selectable<MachineTranslationsTable>;

/** The first day of the current month (UTC), which budgets count from. */
function currentMonth() {
  return sql<Date>`date_trunc('month', now() at time zone 'utc')::date`;
}

/** Characters the region has sent to providers this month. */
export async function charactersUsedThisMonth(db: Kysely<Database>, regionId: number): Promise<number> {
  const row = await db
    .selectFrom('machine_translation_usage')
    .select('characters')
    .where('region_id', '=', regionId)
    .where('month', '=', currentMonth())
    .executeTakeFirst();
  return row?.characters ?? 0;
}

/**
 * Reserves characters of this month's budget before they are sent; false (and nothing reserved) when the
 * budget has not that many left. Concurrent reservations never overdraw it: the check and the addition are
 * one statement on a locked row.
 */
export async function reserveCharacters(
  db: Kysely<Database>,
  regionId: number,
  characters: number,
): Promise<boolean> {
  await sql`insert into machine_translation_usage (region_id, month, characters)
    values (${regionId}, ${currentMonth()}, 0) on conflict do nothing`.execute(db);
  const result = await sql`update machine_translation_usage u
    set characters = u.characters + ${characters}
    from regions r
    where r.id = u.region_id and u.region_id = ${regionId} and u.month = ${currentMonth()}
      and u.characters + ${characters} <= r.machine_translation_monthly_characters`.execute(db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** Gives back reserved characters that were not sent after all (the provider refused or was down). */
export async function releaseCharacters(
  db: Kysely<Database>,
  regionId: number,
  characters: number,
): Promise<void> {
  await sql`update machine_translation_usage set characters = greatest(0, characters - ${characters})
    where region_id = ${regionId} and month = ${currentMonth()}`.execute(db);
}

/** A new number for a set of requests made together. */
export async function nextBatchId(db: Kysely<Database>): Promise<number> {
  const result = await sql<{
    id: number;
  }>`select nextval('machine_translation_batches')::integer as id`.execute(db);
  return result.rows[0]!.id;
}

/**
 * Stores requests; one whose source version is queued or done in that language already is left out.
 * Returns the stored ones.
 */
export async function insertMachineTranslations(
  db: Kysely<Database>,
  rows: Insertable<MachineTranslationsTable>[],
): Promise<MachineTranslationRow[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('machine_translations')
    .values(rows)
    .onConflict((conflict) =>
      conflict
        .columns(['source_version_id', 'language_tag'])
        .where('status', 'in', ['queued', 'done'])
        .doNothing(),
    )
    .returningAll()
    .execute();
}

/** The requests of a region for these source versions in a language that are queued or done. */
export function listActiveRequests(
  db: Kysely<Database>,
  options: { regionId: number; language: string; sourceVersionIds: number[] },
): Promise<MachineTranslationRow[]> {
  if (options.sourceVersionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('machine_translations')
    .selectAll()
    .where('region_id', '=', options.regionId)
    .where('language_tag', '=', options.language)
    .where('source_version_id', 'in', options.sourceVersionIds)
    .where('status', 'in', ['queued', 'done'])
    .execute();
}

/** One request. */
export function findMachineTranslation(
  db: Kysely<Database>,
  id: number,
): Promise<MachineTranslationRow | undefined> {
  return db.selectFrom('machine_translations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records how a queued request ended; false when it had ended already. */
export async function finishMachineTranslation(
  db: Kysely<Database>,
  id: number,
  outcome: {
    status: 'done' | 'skipped' | 'failed';
    reason?: string | null;
    characters?: number;
    memoryUnits?: number;
    resultVersionId?: number | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('machine_translations')
    .set({
      status: outcome.status,
      reason: outcome.reason ?? null,
      characters: outcome.characters ?? 0,
      memory_units: outcome.memoryUnits ?? 0,
      result_version_id: outcome.resultVersionId ?? null,
      finished_at: new Date(),
    })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The requests of one batch with their pages' ids, in the order they were made. */
export function listBatch(
  db: Kysely<Database>,
  regionId: number,
  batchId: number,
): Promise<MachineTranslationRow[]> {
  return db
    .selectFrom('machine_translations')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('batch_id', '=', batchId)
    .orderBy('id')
    .execute();
}

/** The region's most recent batches with how many of their requests stand where. */
export function listRecentBatches(db: Kysely<Database>, regionId: number, limit = 10) {
  return listRecentBatchesQuery(db, regionId).limit(limit).execute();
}

function listRecentBatchesQuery(db: Kysely<Database>, regionId: number) {
  const count = (status: string) => sql<number>`sum(case when status = ${status} then 1 else 0 end)::integer`;
  return db
    .selectFrom('machine_translations')
    .select((eb) => [
      'batch_id',
      'language_tag',
      eb.fn.min('created_at').as('created_at'),
      sql<number>`count(*)::integer`.as('total'),
      count('queued').as('queued'),
      count('done').as('done'),
      count('skipped').as('skipped'),
      count('failed').as('failed'),
      sql<number>`sum(characters)::integer`.as('characters'),
    ])
    .where('region_id', '=', regionId)
    .groupBy(['batch_id', 'language_tag'])
    .orderBy('batch_id', 'desc');
}

/** Characters of queued requests of the region, estimated when they were made (not yet reserved). */
export async function queuedEstimate(db: Kysely<Database>, regionId: number): Promise<number> {
  const row = await db
    .selectFrom('machine_translations')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('characters'), sql<number>`0`).as('total'))
    .where('region_id', '=', regionId)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}

/** Changes the region's monthly budget and its languages' providers. */
export async function updateMachineTranslationSettings(
  db: Kysely<Database>,
  regionId: number,
  settings: {
    monthlyCharacters: number;
    languages: {
      tag: string;
      provider: 'deepl' | 'libretranslate' | null;
      formality: 'more' | 'less' | null;
      mayPublishDirectly: boolean;
    }[];
  },
): Promise<void> {
  await db
    .updateTable('regions')
    .set({ machine_translation_monthly_characters: settings.monthlyCharacters })
    .where('id', '=', regionId)
    .execute();
  for (const language of settings.languages) {
    await db
      .updateTable('region_languages')
      .set({
        machine_translation_provider: language.provider,
        machine_translation_formality: language.formality,
        may_publish_machine_translation: language.mayPublishDirectly,
      })
      .where('region_id', '=', regionId)
      .where('language_tag', '=', language.tag)
      .execute();
  }
}

/** What matters of every version of these pages in a language to decide whether to translate, newest first. */
export function listTargetVersionFacts(
  db: Kysely<Database>,
  options: { regionId: number; language: string; itemIds: number[] },
) {
  if (options.itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('content_versions')
    .select(['id', 'item_id', 'status', 'is_machine_translated', 'source_version_id'])
    .where('region_id', '=', options.regionId)
    .where('language_tag', '=', options.language)
    .where('item_id', 'in', options.itemIds)
    .orderBy('id', 'desc')
    .execute();
}

/** The counts of one batch, like those of listRecentBatches. */
export function findBatchSummary(db: Kysely<Database>, regionId: number, batchId: number) {
  return listRecentBatchesQuery(db, regionId).where('batch_id', '=', batchId).executeTakeFirst();
}
