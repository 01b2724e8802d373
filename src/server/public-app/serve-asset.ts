import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AssetBundle } from '../../web/assets.ts';
import { sendCachedResponse } from '../http/cached-response.ts';

/** Sends a built asset from memory; content-hashed addresses may be cached for ever. */
export function serveAsset(request: FastifyRequest, reply: FastifyReply, assets: AssetBundle, path?: string) {
  const asset = assets.byPath.get(path ?? request.url.split('?')[0] ?? '');
  if (!asset) return reply.callNotFound();
  const cacheControl = asset.isImmutable ? 'public, max-age=31536000, immutable' : 'no-cache';
  return sendCachedResponse(
    request,
    reply,
    {
      contentType: asset.contentType,
      body: asset.body,
      hash: asset.path.split('.').at(-2) ?? '',
      compressed: asset.compressed,
    },
    cacheControl,
  );
}
