import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../errors.ts';
import type { RouteSpec } from './route.ts';

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export interface ApiInfo {
  title: string;
  version: string;
  description: string;
  /** The prefix the paths are served under, e.g. `/api/v1`. */
  serverUrl: string;
}

/** The OpenAPI 3.1 document of a set of routes, generated from the same zod schemas they validate with. */
export function buildOpenApiDocument(info: ApiInfo, routes: RouteSpec[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = route.path.replace(/\{(\w+)\+\}/, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query')],
      ...(route.body
        ? { requestBody: { required: true, content: bodyContent(route.body, route.rawBodyTypes) } }
        : {}),
      responses: responsesOf(route),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, description: info.description },
    servers: [{ url: info.serverUrl }],
    paths,
    components: { schemas: { Error: toJsonSchema(errorBodySchema, 'output') } },
  };
}

function responsesOf(route: RouteSpec): Record<string, object> {
  const responses: Record<string, object> = {
    [route.successStatus ?? 200]: {
      description: 'Success',
      content: route.responseType
        ? { [route.responseType]: { schema: { type: 'string', contentMediaType: route.responseType } } }
        : jsonContent(route.response, 'output'),
    },
  };
  if (route.isCacheable)
    responses[304] = { description: 'Not modified: the ETag in If-None-Match still holds.' };
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of route.errors) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of byStatus) {
    responses[status] = {
      description: `Error with code ${codes.map((code) => `\`${code}\``).join(' or ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return responses;
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): object[] {
  if (!schema) return [];
  const json = toJsonSchema(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...('description' in property ? { description: property.description } : {}),
  }));
}

/** A JSON body as its schema says; a body of raw bytes as binary in each of its content types. */
function bodyContent(schema: z.ZodType, rawTypes: readonly string[] | undefined): object {
  if (!rawTypes) return jsonContent(schema, 'input');
  return Object.fromEntries(
    rawTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }]),
  );
}

function jsonContent(schema: z.ZodType, io: 'input' | 'output'): object {
  return { 'application/json': { schema: toJsonSchema(schema, io) } };
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): object {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}
