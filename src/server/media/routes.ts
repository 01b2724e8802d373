import type { FastifyInstance, FastifyReply } from 'fastify';
import { LIMITS } from '../../shared/limits.ts';
import { IMAGE_TYPES } from '../../shared/media.ts';
import { requireAuth, sessionTokenOf } from '../auth/request-auth.ts';
import { authenticate } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { registerRawBodyRoutes } from '../http/raw-body-routes.ts';
import { defineRoute, type RouteSpec } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { regionParams } from '../regions/schema.ts';
import { presentUploadedImage } from './present.ts';
import { imageBytes, mediaFileParams, uploadedImage, uploadQuery } from './schema.ts';
import { findImageToServe, imageTooLarge, unsupportedImageType, uploadImage } from './service.ts';

const imageTypes = Object.keys(IMAGE_TYPES);

/** Uploading images for the pages of a region; the body is the file's bytes. */
export function mediaUploadRoutes(ctx: AppContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/media',
      operationId: 'uploadImage',
      summary: `Upload an image for pages (PNG, JPEG, WebP or GIF, at most ${LIMITS.imageBytes / (1024 * 1024)} MB)`,
      tag: 'media',
      params: regionParams,
      query: uploadQuery,
      body: imageBytes,
      rawBodyTypes: imageTypes,
      response: uploadedImage,
      successStatus: 201,
      errors: [
        'invalid_input',
        'unauthorized',
        'forbidden',
        'not_found',
        'payload_too_large',
        'unsupported_media_type',
      ],
      handle: async ({ params, query, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'media.upload');
        const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        const row = await uploadImage(ctx, auth, where, {
          fileName: query.fileName,
          contentType,
          bytes: body,
        });
        reply.code(201);
        return presentUploadedImage(where.region.slug, row);
      },
    }),
  ];
}

/**
 * Registers upload routes in a scope of their own: only image bodies are read there, up to the image limit,
 * and any other body type (JSON, SVG, …) is refused with 415 before it is read.
 */
export function registerUploadRoutes(
  app: FastifyInstance,
  prefix: string,
  routes: RouteSpec[],
): Promise<void> {
  return registerRawBodyRoutes(app, {
    prefix,
    routes,
    bodyLimit: LIMITS.imageBytes,
    tooLarge: imageTooLarge,
    unsupportedType: unsupportedImageType,
  });
}

/**
 * Serves uploaded images at `/media/{region}/{id}/{name}`: the bytes as stored, never sniffed, cached for a
 * year (an image never changes under its address). The name is for people; old addresses keep working.
 */
export function registerMediaFiles(app: FastifyInstance, ctx: AppContext): void {
  app.get('/media/:region/:id/:name', async (request, reply) => {
    const params = mediaFileParams.safeParse(request.params);
    if (!params.success) throw new AppError('not_found', 'There is no such image.');
    const image = await findImageToServe(ctx, {
      region: params.data.region,
      id: params.data.id,
      whoIsAsking: () => authenticate(ctx, sessionTokenOf(request)),
    });
    return sendImage(reply, image, request.headers['if-none-match']);
  });
}

function sendImage(
  reply: FastifyReply,
  image: { content_type: string; bytes: Uint8Array; sha256: string; isPublic: boolean },
  ifNoneMatch: string | undefined,
) {
  const etag = `"${image.sha256}"`;
  reply
    .header('content-type', image.content_type)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', image.isPublic ? 'public, max-age=31536000, immutable' : 'private, no-cache')
    .header('etag', etag);
  const given = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (given.includes(etag) || given.includes('*')) return reply.code(304).send();
  return reply.send(Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength));
}
