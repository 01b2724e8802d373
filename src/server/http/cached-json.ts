import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { prepareResponse, sendCachedResponse } from './cached-response.ts';

/** How long clients and shared caches may keep a public response without asking again. */
export const publicCacheControl = 'public, max-age=60, stale-while-revalidate=300';

/**
 * Answers with a JSON body built once per cache scope and key, with ETag, 304 and compression. The scope
 * says what invalidates it (a region's publish, a region change).
 */
export async function sendCachedJson(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  cacheKey: { scope: string; key: string },
  build: () => Promise<unknown>,
): Promise<FastifyReply> {
  const response = await ctx.cache.responses.get(cacheKey.scope, cacheKey.key, async () =>
    prepareResponse(await build()),
  );
  return sendCachedResponse(request, reply, response, publicCacheControl);
}
