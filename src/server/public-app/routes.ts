import formBody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LIMITS, RESERVED_REGION_SLUGS } from '../../shared/limits.ts';
import { negotiateLanguage } from '../../shared/negotiate-language.ts';
import type { AssetBundle } from '../../web/assets.ts';
import { UI_LANGUAGES } from '../../web/i18n.ts';
import type { FeedbackState } from '../../web/view-models.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { prepareBody, prepareResponse, sendCachedResponse } from '../http/cached-response.ts';
import { publicCacheControl } from '../http/cached-json.ts';
import { feedbackInput } from '../feedback/schema.ts';
import { submitFeedback } from '../feedback/service.ts';
import { getPublicLanguageContent } from '../pages/service.ts';
import { PublicCache } from '../public-cache.ts';
import { regionListQuery } from '../regions/schema.ts';
import { getPublicRegion, type PublicRegion } from '../regions/service.ts';
import { bundleChangesSince, loadOfflineBundle } from './offline-bundle.ts';
import { renderContactPage } from './contact-page.ts';
import { renderNotFoundPage, renderOfflinePage, renderPickerPage, renderSearchPage } from './other-pages.ts';
import { renderContentPage, renderDashboard, type RenderedPage } from './region-pages.ts';
import { serveAsset } from './serve-asset.ts';
import { buildRegionSitemap, buildRobotsTxt } from './sitemap.ts';
import { contactHref, pageHref, regionHomeHref, searchHref } from '../../shared/public-urls.ts';

const htmlType = 'text/html; charset=utf-8';
const pickerQuery = regionListQuery.extend({ lang: z.string().optional() });
const feedbackStates = new Set<FeedbackState>(['thanks', 'failed', 'too-many']);

type RegionParams = { region: string; lang?: string; '*'?: string };

/** Where a feedback form sent without JavaScript stands, from the `feedback` query parameter. */
function feedbackStateOf(query: unknown): FeedbackState {
  const state = (query as { feedback?: unknown } | undefined)?.feedback;
  return feedbackStates.has(state as FeedbackState) ? (state as FeedbackState) : 'open';
}

/** The public app: the region picker, the pages of each region in each language, search and feedback. */
export async function registerPublicApp(
  app: FastifyInstance,
  ctx: AppContext,
  assets: AssetBundle,
): Promise<void> {
  await app.register(formBody, { bodyLimit: 16 * 1024 });

  app.get('/assets/*', (request, reply) => serveAsset(request, reply, assets));
  app.get('/manifest.webmanifest', (request, reply) =>
    serveAsset(request, reply, assets, assets.urls.manifest),
  );

  app.get('/', async (request, reply) => {
    const query = pickerQuery.safeParse(request.query);
    const params = query.success ? query.data : { q: undefined, near: undefined, lang: undefined };
    const page = await renderPickerPage(ctx, assets, {
      uiLanguage: interfaceLanguageOf(request, params.lang),
      query: params.q ?? '',
      near: params.near,
    });
    reply.header('vary', 'accept-language');
    return sendHtml(request, reply, page);
  });

  app.get<{ Params: RegionParams }>('/:region', async (request, reply) => {
    const region = await publicRegionOr404(request, reply);
    if (!region) return reply;
    const visible = region.languages.filter((l) => l.is_visible).map((l) => l.tag);
    const language = negotiateLanguage(
      request.headers['accept-language'],
      visible,
      region.region.default_language,
    );
    return reply
      .header('vary', 'accept-language')
      .header('cache-control', 'private, max-age=0')
      .redirect(regionHomeHref(region.region.slug, language), 302);
  });

  const regionPage = async (request: FastifyRequest<{ Params: RegionParams }>, reply: FastifyReply) => {
    const region = await publicRegionOr404(request, reply);
    if (!region) return reply;
    const language = request.params.lang ?? '';
    const path = request.params['*'] ?? '';
    const state = feedbackStateOf(request.query);
    const key = `html:${language}:${path}:${state}`;
    try {
      const page = await ctx.cache.responses.get(PublicCache.regionScope(region.region.id), key, async () => {
        const rendered =
          path === ''
            ? await renderDashboard(ctx, assets, region, language)
            : await renderContentPage(ctx, assets, region, { language, path, feedbackState: state });
        return { ...prepareBody(Buffer.from(rendered.html), htmlType), status: rendered.status };
      });
      reply.code(page.status ?? 200);
      return sendCachedResponse(request, reply, page, publicCacheControl);
    } catch (error) {
      return answerNotFound(error, request, reply, region);
    }
  };
  app.get('/:region/:lang', regionPage);
  app.get('/:region/:lang/*', regionPage);

  app.get('/robots.txt', async (_request, reply) => {
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600');
    return buildRobotsTxt(ctx);
  });

  app.get<{ Params: RegionParams }>('/:region/sitemap.xml', async (request, reply) => {
    const region = await publicRegionOr404(request, reply);
    if (!region) return reply;
    const xml = await buildRegionSitemap(ctx, region);
    return sendCachedResponse(
      request,
      reply,
      prepareBody(Buffer.from(xml), 'application/xml; charset=utf-8'),
      publicCacheControl,
    );
  });

  app.get('/sw.js', (request, reply) => {
    reply.header('service-worker-allowed', '/');
    return serveAsset(request, reply, assets, assets.urls.serviceWorker);
  });

  app.get<{ Querystring: { lang?: string } }>('/offline', async (request, reply) => {
    return sendHtml(
      request,
      reply,
      renderOfflinePage(ctx, assets, interfaceLanguageOf(request, request.query.lang)),
    );
  });

  app.get<{ Params: RegionParams; Querystring: { have?: string } }>(
    '/:region/:lang/offline.json',
    async (request, reply) => {
      const region = await publicRegionOr404(request, reply);
      if (!region) return reply;
      try {
        const bundle = await loadOfflineBundle(ctx, assets, region, request.params.lang ?? '');
        const have =
          typeof request.query.have === 'string' ? request.query.have.split(',').slice(0, 10_000) : [];
        const body = prepareResponse(bundleChangesSince(bundle, new Set(have)));
        return sendCachedResponse(request, reply, body, 'no-cache');
      } catch (error) {
        return answerNotFound(error, request, reply, region);
      }
    },
  );

  app.get<{ Params: RegionParams; Querystring: { q?: string; feedback?: string } }>(
    '/:region/:lang/search',
    async (request, reply) => {
      const region = await publicRegionOr404(request, reply);
      if (!region) return reply;
      try {
        const query = typeof request.query.q === 'string' ? request.query.q : '';
        const page = await renderSearchPage(ctx, assets, region, {
          language: request.params.lang ?? '',
          query,
          feedbackState: feedbackStateOf(request.query),
        });
        reply.header('cache-control', publicCacheControl);
        return sendHtml(request, reply, page);
      } catch (error) {
        return answerNotFound(error, request, reply, region);
      }
    },
  );

  app.get<{ Params: RegionParams }>('/:region/:lang/contact', async (request, reply) => {
    const region = await publicRegionOr404(request, reply);
    if (!region) return reply;
    const language = request.params.lang ?? '';
    const feedbackState = feedbackStateOf(request.query);
    try {
      const page = await ctx.cache.responses.get(
        PublicCache.regionScope(region.region.id),
        `html:${language}:contact:${feedbackState}`,
        async () => {
          const rendered = await renderContactPage(ctx, assets, region, { language, feedbackState });
          return { ...prepareBody(Buffer.from(rendered.html), htmlType), status: rendered.status };
        },
      );
      return sendCachedResponse(request, reply, page, publicCacheControl);
    } catch (error) {
      return answerNotFound(error, request, reply, region);
    }
  });

  app.post<{ Params: RegionParams }>('/:region/:lang/feedback', async (request, reply) => {
    const region = await publicRegionOr404(request, reply);
    if (!region) return reply;
    const language = request.params.lang ?? '';
    const content = await getPublicLanguageContent(ctx, region, language).catch(() => undefined);
    if (!content)
      return answerNotFound(new AppError('not_found', 'No such language.'), request, reply, region);
    const parsed = feedbackInput.safeParse(request.body);
    const targetId = Number((request.body as { targetId?: unknown } | undefined)?.targetId);
    const target = content.byId.get(targetId);
    const slug = region.region.slug;
    const targetType = (request.body as { targetType?: unknown } | undefined)?.targetType;
    const searchQuery = String(
      (request.body as { searchQuery?: unknown } | undefined)?.searchQuery ?? '',
    ).slice(0, LIMITS.searchQueryLength);
    const back = (state: FeedbackState) => {
      const query = new URLSearchParams(targetType === 'search' && searchQuery ? { q: searchQuery } : {});
      query.set('feedback', state);
      const path = target
        ? pageHref(slug, language, target.path)
        : targetType === 'search'
          ? searchHref(slug, language)
          : targetType === 'region'
            ? contactHref(slug, language)
            : regionHomeHref(slug, language);
      return reply.redirect(`${path}?${query}#feedback`, 303);
    };
    if (!parsed.success) return back('failed');
    try {
      await submitFeedback(ctx, region, { language, client: request.ip, feedback: parsed.data });
      return back('thanks');
    } catch (error) {
      if (error instanceof AppError && error.code === 'rate_limited') return back('too-many');
      if (error instanceof AppError && error.code === 'invalid_input') return back('failed');
      throw error;
    }
  });

  /** The region a request names, or undefined after answering 404 (HTML, or JSON for the platform's own paths). */
  async function publicRegionOr404(
    request: FastifyRequest<{ Params: RegionParams }>,
    reply: FastifyReply,
  ): Promise<PublicRegion | undefined> {
    if (RESERVED_REGION_SLUGS.includes(request.params.region)) {
      reply.callNotFound();
      return undefined;
    }
    try {
      return await getPublicRegion(ctx, request.params.region);
    } catch (error) {
      await answerNotFound(error, request, reply, undefined);
      return undefined;
    }
  }

  function answerNotFound(
    error: unknown,
    request: FastifyRequest,
    reply: FastifyReply,
    region: PublicRegion | undefined,
  ) {
    if (!(error instanceof AppError) || (error.code !== 'not_found' && error.code !== 'not_translated'))
      throw error;
    const language = (request.params as RegionParams).lang;
    const uiLanguage = language ?? interfaceLanguageOf(request, undefined);
    const page = renderNotFoundPage(ctx, assets, {
      publicRegion: region,
      language: uiLanguage,
      path: request.url,
    });
    reply.header('cache-control', 'public, max-age=60');
    return sendHtml(request, reply, page);
  }
}

/** The interface language a page outside a language's URL shows: the one asked for, else the browser's best. */
function interfaceLanguageOf(request: FastifyRequest, requested: string | undefined): string {
  if (requested && UI_LANGUAGES.includes(requested)) return requested;
  return negotiateLanguage(request.headers['accept-language'], UI_LANGUAGES, 'de');
}

function sendHtml(request: FastifyRequest, reply: FastifyReply, page: RenderedPage) {
  reply.code(page.status);
  return sendCachedResponse(
    request,
    reply,
    prepareBody(Buffer.from(page.html), htmlType),
    publicCacheControl,
  );
}
