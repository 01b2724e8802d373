import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { invalidInput, type ErrorCode, type Issue } from '../errors.ts';
import { issuesOf } from '../validation.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler receives: the validated parts of the request, and the raw request and reply. */
export interface RouteInput<Params, Query, Body> {
  params: Params;
  query: Query;
  body: Body;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * One API operation: its path in OpenAPI form (`/regions/{region}`; a last `{name+}` takes the rest of the
 * path, slashes included), the zod schemas it validates and documents, and its handler.
 */
export interface RouteSpec<Params = unknown, Query = unknown, Body = unknown> {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: z.ZodType<Params>;
  query?: z.ZodType<Query>;
  body?: z.ZodType<Body>;
  /** For a body of raw bytes instead of JSON: the content types it may have (`body` then checks a Buffer). */
  rawBodyTypes?: readonly string[];
  response: z.ZodType;
  /** For an answer that is not JSON (a CSV file, say): its content type; the handler sets it too. */
  responseType?: string;
  /** The status of a successful answer; 200 unless said otherwise. */
  successStatus?: number;
  /** Error codes the operation can answer with, for the documentation. */
  errors: ErrorCode[];
  /** Whether a GET answers 304 to a matching If-None-Match. */
  isCacheable?: boolean;
  handle(input: RouteInput<Params, Query, Body>): Promise<unknown>;
}

/** Declares a route: the handler's input types come from the schemas; the result fits any route list. */
export function defineRoute<Params = Record<string, never>, Query = Record<string, never>, Body = undefined>(
  spec: RouteSpec<Params, Query, Body>,
): RouteSpec {
  return spec as RouteSpec;
}

/** Registers routes on Fastify; each validates its input with its schemas before the handler runs. */
export function registerRoutes(app: FastifyInstance, prefix: string, routes: RouteSpec[]): void {
  for (const route of routes) {
    const restParam = /\{(\w+)\+\}$/.exec(route.path)?.[1];
    app.route({
      method: route.method,
      url: prefix + toFastifyPath(route.path),
      handler: async (request, reply) => {
        const rawParams = { ...(request.params as Record<string, string>) };
        if (restParam) {
          rawParams[restParam] = rawParams['*'] ?? '';
          delete rawParams['*'];
        }
        const issues: Issue[] = [];
        const params = parsePart(route.params, rawParams, 'path', issues);
        const query = parsePart(route.query, request.query ?? {}, 'query', issues);
        const body = parsePart(route.body, request.body, 'body', issues);
        if (issues.length > 0) throw invalidInput(issues);
        return route.handle({ params, query, body, request, reply });
      },
    });
  }
}

function toFastifyPath(path: string): string {
  return path.replace(/\{(\w+)\+\}$/, '*').replace(/\{(\w+)\}/g, ':$1');
}

function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string, issues: Issue[]): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(...issuesOf(result.error, where));
  return undefined as T;
}
