import type { FastifyError, FastifyInstance } from 'fastify';
import type { AppError } from '../errors.ts';
import { registerRoutes, type RouteSpec } from './route.ts';

/**
 * Registers routes whose body is a file's bytes, in a scope of their own: only the content types the routes
 * name (`rawBodyTypes`) are read there, up to `bodyLimit`; a larger body or any other type is refused before
 * it is read.
 */
export async function registerRawBodyRoutes(
  app: FastifyInstance,
  options: {
    prefix: string;
    routes: RouteSpec[];
    bodyLimit: number;
    tooLarge: () => AppError;
    unsupportedType: (contentType: string) => AppError;
  },
): Promise<void> {
  const contentTypes = [...new Set(options.routes.flatMap((route) => route.rawBodyTypes ?? []))];
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      contentTypes,
      { parseAs: 'buffer', bodyLimit: options.bodyLimit },
      (_request, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: FastifyError, request) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw options.tooLarge();
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        throw options.unsupportedType(request.headers['content-type'] ?? 'no content type');
      }
      throw error;
    });
    registerRoutes(scope, options.prefix, options.routes);
  });
}
