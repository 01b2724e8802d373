import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { authenticate, type Auth } from './service.ts';

const cookieName = 'lotse_session';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session token from the request's cookies, if there is one. */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=');
  }
  return undefined;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, and Secure where Lotse is served over HTTPS. */
export function setSessionCookie(
  ctx: AppContext,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
): void {
  const isSecure = ctx.config.publicUrl.startsWith('https:');
  reply.header(
    'set-cookie',
    `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${isSecure ? '; Secure' : ''}`,
  );
}

/**
 * The signed-in user of a workspace request, or 401. A request that changes anything must also carry the
 * session's CSRF token in the `X-CSRF-Token` header, or it is refused with 403.
 */
export async function requireAuth(ctx: AppContext, request: FastifyRequest): Promise<Auth> {
  const auth = await authenticate(ctx, sessionTokenOf(request));
  if (!auth) throw new AppError('unauthorized', 'Please sign in.');
  if (!safeMethods.has(request.method)) {
    const header = request.headers['x-csrf-token'];
    const given = Buffer.from(typeof header === 'string' ? header : '');
    const expected = Buffer.from(auth.session.csrf_token);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new AppError(
        'forbidden',
        'This request lacks the security token of your session. Reload the page and try again.',
      );
    }
  }
  return auth;
}
