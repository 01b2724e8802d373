import type { z } from 'zod';
import { mediaHref, safeFileName } from '../../shared/media.ts';
import type { MediaRow } from './repo.ts';
import type { uploadedImage } from './schema.ts';

/** An uploaded image as the page editor uses it: where it is served, and what it is. */
export function presentUploadedImage(regionSlug: string, row: MediaRow): z.output<typeof uploadedImage> {
  return {
    id: row.id,
    url: mediaHref(regionSlug, row.id, safeFileName(row.file_name, row.content_type)),
    fileName: row.file_name,
    contentType: row.content_type,
    byteSize: row.byte_size,
  };
}
