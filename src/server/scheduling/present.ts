import type { z } from 'zod';
import { SCHEDULED_KINDS, type ScheduledPayload, type listScheduledChanges } from './repo.ts';
import type { pageSchedule } from './schema.ts';

/** A page's planned changes as the workspace lists them. */
export function presentSchedule(
  rows: Awaited<ReturnType<typeof listScheduledChanges>>,
): z.output<typeof pageSchedule> {
  return {
    scheduled: rows.map((row) => {
      const payload = row.payload as unknown as ScheduledPayload;
      return {
        id: row.id,
        action: row.kind === SCHEDULED_KINDS.publish ? ('publish' as const) : ('unpublish' as const),
        at: row.run_at.toISOString(),
        versionId: payload.versionId ?? null,
        language: payload.language ?? null,
      };
    }),
  };
}
