import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { DatabaseKind } from '../db/connect.ts';
import type { AppContext } from './context.ts';
import { registerHealthRoute } from './health/routes.ts';
import { installErrorHandlers } from './http/error-handler.ts';
import { buildOpenApiDocument } from './http/openapi.ts';
import { registerRoutes } from './http/route.ts';
import { publicPageRoutes } from './pages/routes.ts';
import { publicRegionRoutes } from './regions/routes.ts';
import { regionSettingsRoutes } from './regions/settings.ts';
import { workspaceRegionRoutes } from './regions/workspace-routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { accountRoutes } from './auth/routes.ts';
import { pageEditingRoutes } from './page-editing/routes.ts';
import { mediaUploadRoutes, registerMediaFiles, registerUploadRoutes } from './media/routes.ts';
import { autosaveRoutes } from './autosaves/routes.ts';
import { schedulingRoutes } from './scheduling/routes.ts';
import { translationOverviewRoutes } from './translations/routes.ts';
import { glossaryRoutes } from './glossary/routes.ts';
import { machineTranslationRoutes } from './machine-translation/routes.ts';
import { translationMemoryRoutes } from './translation-memory/routes.ts';
import { goLiveRoutes } from './go-live/routes.ts';
import { freshnessRoutes } from './freshness/routes.ts';
import { readabilityRoutes } from './readability/routes.ts';
import { linkCheckRoutes } from './link-check/routes.ts';
import { registerRawBodyRoutes } from './http/raw-body-routes.ts';
import { xliffExportRoutes, xliffImportRoutes, xliffUploadRefusals } from './xliff-exchange/routes.ts';
import { maxImportBytes } from './xliff-exchange/schema.ts';
import { regionMemberRoutes } from './users/routes.ts';
import { publicFeedbackRoutes } from './feedback/routes.ts';
import { publicContactRoutes } from './contact/routes.ts';
import { feedbackInboxRoutes } from './feedback/inbox-routes.ts';
import { addSecurityHeaders } from './http/security-headers.ts';
import { registerPublicApp } from './public-app/routes.ts';
import { publicSearchRoutes } from './search/routes.ts';
import { buildAssets, type AssetBundle } from '../web/assets.ts';
import { workspaceLoader, type WorkspaceBundle } from './workspace-app/build-workspace.ts';
import { registerWorkspaceApp } from './workspace-app/routes.ts';

export interface AppOptions {
  ctx: AppContext;
  databaseKind: DatabaseKind;
  /** Built assets of the public app; built here when not given. */
  assets?: AssetBundle;
  /** The workspace app; built on first request when not given. */
  workspace?: () => Promise<WorkspaceBundle>;
  /** Fastify's logger settings; false for none. */
  logger?: boolean | { level: string };
}

const publicApiPrefix = '/api/v1';
const cmsApiPrefix = '/api/cms';

/** Builds the HTTP application: every module's routes, the API documents and the error handling. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === undefined ? false : withRedaction(options.logger),
    routerOptions: { maxParamLength: 2048, ignoreTrailingSlash: true },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Trust X-Forwarded-For from as many proxies as configured, so that rate limits see the reader.
    trustProxy: (_address: string, hop: number) => hop < options.ctx.config.trustedProxyHops,
    frameworkErrors: answerMalformedRequest,
  });
  installErrorHandlers(app);
  registerHealthRoute(app, options.ctx, options.databaseKind);

  const publicRoutes = [
    ...publicRegionRoutes(options.ctx),
    ...publicPageRoutes(options.ctx),
    ...publicSearchRoutes(options.ctx),
    ...publicFeedbackRoutes(options.ctx),
    ...publicContactRoutes(options.ctx),
  ];
  registerRoutes(app, publicApiPrefix, publicRoutes);
  registerMediaFiles(app, options.ctx);
  const publicApiDocument = buildOpenApiDocument(
    {
      title: 'Lotse public API',
      version: '1',
      description:
        'Published content of the live regions: regions, languages and pages. Read-only, cacheable.',
      serverUrl: publicApiPrefix,
    },
    publicRoutes,
  );
  app.get(`${publicApiPrefix}/openapi.json`, async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return publicApiDocument;
  });
  const cmsRoutes = [
    ...accountRoutes(options.ctx),
    ...pageEditingRoutes(options.ctx),
    ...autosaveRoutes(options.ctx),
    ...schedulingRoutes(options.ctx),
    ...translationOverviewRoutes(options.ctx),
    ...glossaryRoutes(options.ctx),
    ...machineTranslationRoutes(options.ctx),
    ...translationMemoryRoutes(options.ctx),
    ...goLiveRoutes(options.ctx),
    ...freshnessRoutes(options.ctx),
    ...readabilityRoutes(options.ctx),
    ...linkCheckRoutes(options.ctx),
    ...xliffExportRoutes(options.ctx),
    ...regionMemberRoutes(options.ctx),
    ...auditRoutes(options.ctx),
    ...notificationRoutes(options.ctx),
    ...regionSettingsRoutes(options.ctx),
    ...feedbackInboxRoutes(options.ctx),
    ...workspaceRegionRoutes(options.ctx),
  ];
  registerRoutes(app, cmsApiPrefix, cmsRoutes);
  // Their own scope: only there are image bodies read, and up to the image limit.
  const uploadRoutes = mediaUploadRoutes(options.ctx);
  await registerUploadRoutes(app, cmsApiPrefix, uploadRoutes);
  const xliffRoutes = xliffImportRoutes(options.ctx);
  await registerRawBodyRoutes(app, {
    prefix: cmsApiPrefix,
    routes: xliffRoutes,
    bodyLimit: maxImportBytes,
    ...xliffUploadRefusals,
  });
  const cmsApiDocument = buildOpenApiDocument(
    {
      title: 'Lotse CMS API',
      version: '1',
      description:
        'The workspace API. Sign in with POST /session (sets an HttpOnly session cookie); every request that ' +
        'changes something sends the CSRF token from the session as the X-CSRF-Token header.',
      serverUrl: cmsApiPrefix,
    },
    [...cmsRoutes, ...uploadRoutes, ...xliffRoutes],
  );
  app.get(`${cmsApiPrefix}/openapi.json`, async () => cmsApiDocument);
  const assets = options.assets ?? (await buildAssets());
  // Its own scope: the public app's form parser must not reach the API (no sign-in by cross-site forms).
  await app.register(async (scope) => registerPublicApp(scope, options.ctx, assets));
  registerWorkspaceApp(app, options.workspace ?? workspaceLoader());
  addSecurityHeaders(app);
  return app;
}

function withRedaction(logger: boolean | { level: string }) {
  if (logger === false) return false;
  return {
    ...(logger === true ? {} : logger),
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  };
}

/** Requests Fastify cannot even route (broken percent-encoding) get the same error shape as all others. */
function answerMalformedRequest(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .code(400)
    .send({ error: { code: 'invalid_input', message: `The request is malformed: ${error.message}` } });
}
