import { createHash } from 'node:crypto';
import { LIMITS } from '../../shared/limits.ts';
import { isImageType, type ImageType } from '../../shared/media.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { accessRegion, type WorkspaceRegion } from '../page-editing/access.ts';
import { getPublicRegion } from '../regions/service.ts';
import { findMediaFile, insertMedia, type MediaRow } from './repo.ts';
import { sniffImageType } from './sniff-image.ts';

const typeNames: Record<ImageType, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
};
const accepted = 'Upload a PNG, JPEG, WebP or GIF image.';

/** The answer to an image above the upload limit. */
export function imageTooLarge(): AppError {
  return new AppError(
    'payload_too_large',
    `The image is too large: at most ${LIMITS.imageBytes / (1024 * 1024)} MB. Make it smaller and upload it again.`,
    { limitBytes: LIMITS.imageBytes },
  );
}

/** The answer to a file of a type the page editor does not take (SVG, PDF, …). */
export function unsupportedImageType(declared: string): AppError {
  const what = /svg/i.test(declared)
    ? 'SVG images can carry scripts and are not accepted'
    : `"${declared.slice(0, 100)}" is not accepted`;
  return new AppError('unsupported_media_type', `${what}. ${accepted}`);
}

/**
 * Stores an image for the pages of a region. Its first bytes must show the type it was sent as, so that
 * nothing but a raster image is ever served from the site's own address.
 */
export async function uploadImage(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  file: { fileName: string; contentType: string; bytes: Buffer },
): Promise<MediaRow> {
  if (!isImageType(file.contentType)) throw unsupportedImageType(file.contentType);
  if (file.bytes.length === 0) throw invalidInput([{ field: 'body', message: 'the file is empty' }]);
  if (file.bytes.length > LIMITS.imageBytes) throw imageTooLarge();
  const actual = sniffImageType(file.bytes);
  if (actual !== file.contentType) {
    throw new AppError(
      'unsupported_media_type',
      actual
        ? `This file is a ${typeNames[actual]} image but was sent as ${file.contentType}. ${accepted}`
        : `This file is not a ${typeNames[file.contentType]} image: its content does not match ${file.contentType}. ${accepted}`,
    );
  }
  const fileName = cleanFileName(file.fileName);
  const regionId = where.region.id;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertMedia(trx, regionId, {
      file_name: fileName,
      content_type: actual,
      bytes: file.bytes,
      byte_size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      uploaded_by: auth.user.id,
    });
    await insertAuditEntry(trx, {
      action: 'media.uploaded',
      regionId,
      userId: auth.user.id,
      details: { mediaId: row.id, fileName, contentType: actual, byteSize: row.byte_size },
    });
    return row;
  });
}

/**
 * An image to serve, and whether everybody may see it. Images of a public region are public; those of a
 * region that is not (a draft region being prepared) only show to people who work in it, so that the editor
 * can show them. Anything else is not found, as if it did not exist.
 */
export async function findImageToServe(
  ctx: AppContext,
  options: { region: string; id: number; whoIsAsking: () => Promise<Auth | undefined> },
) {
  const notFound = new AppError('not_found', 'There is no such image.');
  const found = await regionOfImages(ctx, options.region, options.whoIsAsking);
  if (!found) throw notFound;
  const file = await findMediaFile(ctx.db, found.regionId, options.id);
  if (!file) throw notFound;
  return { ...file, isPublic: found.isPublic };
}

async function regionOfImages(
  ctx: AppContext,
  slug: string,
  whoIsAsking: () => Promise<Auth | undefined>,
): Promise<{ regionId: number; isPublic: boolean } | undefined> {
  // A region that is not there, not public or not the asker's: all the same to the reader.
  const isRefusal = (error: unknown) => error instanceof AppError && error.status < 500;
  try {
    return { regionId: (await getPublicRegion(ctx, slug)).region.id, isPublic: true };
  } catch (error) {
    if (!isRefusal(error)) throw error;
  }
  const auth = await whoIsAsking();
  if (!auth) return undefined;
  try {
    return { regionId: (await accessRegion(ctx, auth, slug, 'region.read')).region.id, isPublic: false };
  } catch (error) {
    if (!isRefusal(error)) throw error;
    return undefined;
  }
}

/** The last part of a file name as the browser gave it, without control characters. */
function cleanFileName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const clean = last
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return clean === '' ? 'image' : clean.slice(0, LIMITS.fileNameLength);
}
