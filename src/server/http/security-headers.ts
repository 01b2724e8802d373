import type { FastifyInstance } from 'fastify';

// Scripts and styles only from this origin; the JSON-LD block is data and is not executed.
const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' https: data:",
  "style-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
  "form-action 'self'",
].join('; ');

/** Security headers on every answer; the content security policy on HTML pages. */
export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    // Workspace answers are personal: no browser or shared cache may keep them.
    if (request.url.startsWith('/api/cms/')) reply.header('cache-control', 'no-store');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('content-security-policy', contentSecurityPolicy);
    }
    return payload;
  });
}
