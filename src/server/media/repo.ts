import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, MediaTable } from '../../db/schema.ts';

/** An uploaded image without its bytes. */
export type MediaRow = Omit<Selectable<MediaTable>, 'bytes'>;

const withoutBytes = [
  'id',
  'region_id',
  'file_name',
  'content_type',
  'byte_size',
  'sha256',
  'uploaded_by',
  'created_at',
] as const;

/** Stores an uploaded image and returns it without its bytes. */
export function insertMedia(
  db: Kysely<Database>,
  regionId: number,
  values: Omit<Insertable<MediaTable>, 'region_id'>,
): Promise<MediaRow> {
  return db
    .insertInto('media')
    .values({ ...values, region_id: regionId })
    .returning(withoutBytes)
    .executeTakeFirstOrThrow();
}

/** An image of a region with its bytes and what serving it needs, if it exists there. */
export function findMediaFile(db: Kysely<Database>, regionId: number, id: number) {
  return db
    .selectFrom('media')
    .select(['id', 'content_type', 'bytes', 'sha256'])
    .where('region_id', '=', regionId)
    .where('id', '=', id)
    .executeTakeFirst();
}
