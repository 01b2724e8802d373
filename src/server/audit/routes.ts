import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { listAuditEntriesOfRegion } from './repo.ts';

const auditQuery = z.object({
  action: z
    .string()
    .max(60)
    .optional()
    .describe('Only actions starting with this, e.g. "page." or "sign-in".'),
  userId: z.coerce.number().int().positive().max(LIMITS.maxId).optional(),
  since: z.coerce
    .date()
    .refine(
      (date) => date.getUTCFullYear() >= 1 && date.getUTCFullYear() <= 9999,
      'must be a date between the years 1 and 9999',
    )
    .optional()
    .describe('ISO 8601 date or time.'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const auditLog = z.object({
  entries: z.array(
    z.object({
      id: z.number().int(),
      action: z.string(),
      userId: z.number().int().nullable(),
      userEmail: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
    }),
  ),
});

/** The audit log of a region, for its managers and platform admins. */
export function auditRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/audit',
      operationId: 'getAuditLog',
      summary: 'What happened in the region: publishing, archiving, restores, role changes; filterable',
      tag: 'audit',
      params: z.object({ region: z.string() }),
      query: auditQuery,
      response: auditLog,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'audit.read');
        const entries = await listAuditEntriesOfRegion(ctx.db, { regionId: where.region.id, ...query });
        return {
          entries: entries.map((entry) => ({
            id: entry.id,
            action: entry.action,
            userId: entry.user_id,
            userEmail: entry.email,
            details: entry.details,
            createdAt: entry.created_at.toISOString(),
          })),
        };
      },
    }),
  ];
}
