import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Asset } from '../../web/assets.ts';
import { sendCachedResponse } from '../http/cached-response.ts';
import type { WorkspaceBundle } from './build-workspace.ts';

/**
 * Serves the workspace app at /cms/: its hashed files for ever-cacheable, and for every other address
 * below /cms/ the page that starts the app, which then shows the screen of that address.
 */
export function registerWorkspaceApp(app: FastifyInstance, workspace: () => Promise<WorkspaceBundle>): void {
  const hashes = new WeakMap<Asset, string>();
  const send = (request: FastifyRequest, reply: FastifyReply, asset: Asset) => {
    let hash = hashes.get(asset);
    if (!hash) {
      hash = createHash('sha256').update(asset.body).digest('base64url').slice(0, 27);
      hashes.set(asset, hash);
    }
    const response = { contentType: asset.contentType, body: asset.body, hash, compressed: asset.compressed };
    return sendCachedResponse(
      request,
      reply,
      response,
      asset.isImmutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  };

  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    let bundle: WorkspaceBundle;
    try {
      bundle = await workspace();
    } catch (error) {
      request.log.error(error, 'The workspace app could not be built.');
      return reply.code(503).send({
        error: { code: 'unavailable', message: 'The workspace app could not be built; see the server log.' },
      });
    }
    const path = request.url.split('?')[0] ?? '';
    const asset = bundle.byPath.get(path);
    if (asset) return send(request, reply, asset);
    if (path.startsWith('/cms/assets/')) return reply.callNotFound();
    return send(request, reply, bundle.indexHtml);
  };
  app.get('/cms/', serve);
  app.get('/cms/*', serve);
}
