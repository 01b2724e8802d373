import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { pageParams } from '../page-editing/schema.ts';

export const scheduleParams = pageParams;
export const scheduledParams = pageParams.extend({
  scheduleId: z.coerce.number().int().positive().max(LIMITS.maxId),
});

const at = z.coerce
  .date()
  .describe('When, as an ISO 8601 date and time with its offset; in the future, at most two years ahead.');

/** Publishing a saved version at a set time, or taking the page off the public app (archiving it). */
export const scheduleInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('publish'), versionId: z.number().int().positive().max(LIMITS.maxId), at }),
  z.object({ action: z.literal('unpublish'), at }),
]);
export type ScheduleInput = z.output<typeof scheduleInput>;

export const scheduledChange = z.object({
  id: z.number().int(),
  action: z.enum(['publish', 'unpublish']),
  at: z.string(),
  versionId: z.number().int().nullable(),
  language: z.string().nullable(),
});

export const pageSchedule = z.object({ scheduled: z.array(scheduledChange) });
export const done = z.object({ status: z.literal('done') });
