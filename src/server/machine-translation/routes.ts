import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { AppError } from '../errors.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { presentBatch, presentMachineTranslationStatus } from './present.ts';
import { findBatchSummary, listBatch } from './repo.ts';
import { requestMachineTranslation } from './request-machine-translation.ts';
import {
  batch,
  batchParams,
  machineTranslationRequest,
  machineTranslationSettings,
  machineTranslationStatus,
  requestOutcome,
} from './schema.ts';
import { regionParams } from '../regions/schema.ts';
import { changeMachineTranslationSettings, loadMachineTranslationStatus } from './service.ts';

const base = '/regions/{region}/machine-translation';

/** Machine translation of a region: its budget and providers, requests, and their progress. */
export function machineTranslationRoutes(ctx: AppContext) {
  const status = async (where: Awaited<ReturnType<typeof accessRegion>>) =>
    presentMachineTranslationStatus(await loadMachineTranslationStatus(ctx, where));
  return [
    defineRoute({
      method: 'GET',
      path: base,
      operationId: 'getMachineTranslationStatus',
      summary: 'This month’s budget, the providers per language, and the most recent batches',
      tag: 'translations',
      params: regionParams,
      response: machineTranslationStatus,
      errors: ['unauthorized', 'not_found'],
      handle: async ({ params, request }) =>
        status(await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read')),
    }),
    defineRoute({
      method: 'PUT',
      path: `${base}/settings`,
      operationId: 'changeMachineTranslationSettings',
      summary:
        'Set the monthly character budget and, per language, provider, formality and direct publishing',
      tag: 'translations',
      params: regionParams,
      body: machineTranslationSettings,
      response: machineTranslationStatus,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, body, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.manage-settings');
        await changeMachineTranslationSettings(ctx, auth, where, body);
        return status(await accessRegion(ctx, auth, params.region, 'region.manage-settings'));
      },
    }),
    defineRoute({
      method: 'POST',
      path: `${base}/requests`,
      operationId: 'requestMachineTranslation',
      summary:
        'Machine-translate pages into a language (chosen ones, or every missing/outdated one); estimate first with isEstimateOnly',
      tag: 'translations',
      params: regionParams,
      body: machineTranslationRequest,
      response: requestOutcome,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'page.machine-translate', {
          language: body.language,
        });
        const outcome = await requestMachineTranslation(ctx, auth, where, body);
        if (outcome.batchId !== null) reply.code(202);
        return outcome;
      },
    }),
    defineRoute({
      method: 'GET',
      path: `${base}/batches/{batchId}`,
      operationId: 'getMachineTranslationBatch',
      summary: 'How far a batch has come, page by page',
      tag: 'translations',
      params: batchParams,
      response: batch,
      errors: ['unauthorized', 'not_found'],
      handle: async ({ params, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        const summary = await findBatchSummary(ctx.db, where.region.id, params.batchId);
        if (!summary) throw new AppError('not_found', 'There is no such batch in this region.');
        return presentBatch(summary, await listBatch(ctx.db, where.region.id, params.batchId));
      },
    }),
  ];
}
