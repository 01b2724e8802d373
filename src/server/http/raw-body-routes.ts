import type { FastifyError, FastifyInstance } from 'fastify';
import type { AppError } from '../errors.ts';
import { registerRoutes, type RouteSpec } from './route.ts';

/**
 * Registers routes whose body is a file's bytes, in a scope of their own: only the given content types are
 * read there, up to `bodyLimit`; a larger body or any other type is refused before it is read.
 */
export async function registerRawBodyRoutes(
  app: FastifyInstance,
  options: {
    prefix: string;
    routes: RouteSpec[];
    contentTypes: readonly string[];
    bodyLimit: number;
    tooLarge: () => AppError;
    unsupportedType: (contentType: string) => AppError;
  },
): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      [...options.contentTypes],
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
