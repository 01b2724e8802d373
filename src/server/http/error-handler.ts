import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, ERROR_STATUS, type ErrorCode } from '../errors.ts';

const internalMessage = 'Something went wrong on our side. It has been logged; please try again later.';

const codeByFrameworkStatus: Partial<Record<number, ErrorCode>> = {
  400: 'invalid_input',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** Turns every error into `{ error: { code, message, details? } }`; a 500 never shows internals. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, 'request failed');
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return reply.code(error.status).send(errorBody(error.code, error.message, error.details));
    }
    const fromDatabase = databaseErrorAnswer((error as { code?: unknown }).code);
    if (fromDatabase) {
      request.log.warn({ code: (error as { code?: unknown }).code }, 'request refused by a database rule');
      return reply
        .code(ERROR_STATUS[fromDatabase.code])
        .send(errorBody(fromDatabase.code, fromDatabase.message));
    }
    const status = error.statusCode ?? 500;
    const code = codeByFrameworkStatus[status];
    if (status < 500 && code) return reply.code(status).send(errorBody(code, error.message));
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('internal', internalMessage));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url;
    return reply.code(404).send(errorBody('not_found', `There is nothing at ${request.method} ${path}.`));
  });
}

/**
 * Database rules a request can break, as clear answers: a duplicate is a conflict, a number out of range or a
 * reference to something that is not there is bad input. Details of the schema are not shown.
 */
function databaseErrorAnswer(code: unknown): { code: ErrorCode; message: string } | undefined {
  if (code === '23505') return { code: 'conflict', message: 'This exists already.' };
  if (code === '23503')
    return { code: 'invalid_input', message: 'The request refers to something that does not exist.' };
  if (typeof code === 'string' && ['22003', '22008', '22007', '22P02', '22001', '23514'].includes(code)) {
    return { code: 'invalid_input', message: 'A value in the request is out of range or malformed.' };
  }
  return undefined;
}

function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details ? { details } : {}) } };
}
