import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { DatabaseKind } from '../../db/connect.ts';
import type { AppContext } from '../context.ts';

/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
export function registerHealthRoute(app: FastifyInstance, ctx: AppContext, databaseKind: DatabaseKind): void {
  app.get('/healthz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      await sql`select 1`.execute(ctx.db);
      return { status: 'ok', database: databaseKind };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database does not answer');
      return reply.code(503).send({
        error: { code: 'unavailable', message: 'The database does not answer.' },
        status: 'unavailable',
        database: databaseKind,
      });
    }
  });
}
