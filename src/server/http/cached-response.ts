import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Encoding = 'br' | 'gzip';

/** A response body prepared once, with its type, hash and compressed forms, ready to send many times. */
export interface CachedResponse {
  contentType: string;
  /** The HTTP status to answer with; 200 unless said (a cached 404 page, say). */
  status?: number;
  body: Buffer;
  hash: string;
  compressed: Partial<Record<Encoding, Buffer>>;
}

const compressionThreshold = 1024;

/** Serialises a JSON body and prepares it for caching. */
export function prepareResponse(value: unknown): CachedResponse {
  return prepareBody(Buffer.from(JSON.stringify(value), 'utf8'), 'application/json; charset=utf-8');
}

/** Hashes and compresses a body of any type for caching. */
export function prepareBody(body: Buffer, contentType: string): CachedResponse {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  if (body.length < compressionThreshold) return { contentType, body, hash, compressed: {} };
  return {
    contentType,
    body,
    hash,
    compressed: {
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      gzip: gzipSync(body, { level: 6 }),
    },
  };
}

/** Bytes a cached response takes in memory. */
export function sizeOfResponse(response: CachedResponse): number {
  return (
    response.body.length + (response.compressed.br?.length ?? 0) + (response.compressed.gzip?.length ?? 0)
  );
}

/**
 * Sends a cached response with a strong ETag, answering 304 when the client already has it, and the
 * compressed form the client accepts.
 */
export function sendCachedResponse(
  request: FastifyRequest,
  reply: FastifyReply,
  response: CachedResponse,
  cacheControl: string,
): FastifyReply {
  const encoding = pickEncoding(request.headers['accept-encoding'], response);
  reply
    .header('cache-control', cacheControl)
    .header('vary', 'accept-encoding')
    .header('etag', encoding ? `"${response.hash}-${encoding}"` : `"${response.hash}"`)
    .type(response.contentType);
  if (isStillFresh(request.headers['if-none-match'], response.hash)) return reply.code(304).send();
  if (!encoding) return reply.send(response.body);
  return reply.header('content-encoding', encoding).send(response.compressed[encoding]);
}

function pickEncoding(header: string | undefined, response: CachedResponse): Encoding | undefined {
  if (!header) return undefined;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((q) => q !== undefined);
    accepted.set(name.trim(), quality === undefined ? 1 : Number(quality));
  }
  const wants = (encoding: Encoding) => (accepted.get(encoding) ?? accepted.get('*') ?? 0) > 0;
  if (response.compressed.br && wants('br')) return 'br';
  if (response.compressed.gzip && wants('gzip')) return 'gzip';
  return undefined;
}

function isStillFresh(ifNoneMatch: string | undefined, hash: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const opaque = tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    return opaque === '*' || opaque === hash || opaque.startsWith(`${hash}-`);
  });
}
