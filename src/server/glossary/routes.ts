import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { listGlossaryTerms } from './repo.ts';
import { presentGlossaryTerm } from './present.ts';
import {
  glossary,
  glossaryTerm,
  glossaryTermChange,
  glossaryTermInput,
  glossaryTermParams,
} from './schema.ts';
import { regionParams } from '../regions/schema.ts';
import { addGlossaryTerm, changeGlossaryTerm, removeGlossaryTerm } from './service.ts';

/** A region's glossary: terms with their agreed translations, or marked to stay as they are. */
export function glossaryRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/glossary',
      operationId: 'getGlossary',
      summary: 'Every term of the region’s glossary, alphabetically',
      tag: 'translations',
      params: regionParams,
      response: glossary,
      errors: ['unauthorized', 'not_found'],
      handle: async ({ params, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        return { terms: (await listGlossaryTerms(ctx.db, where.region.id)).map(presentGlossaryTerm) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/glossary',
      operationId: 'addGlossaryTerm',
      summary: 'Add a term (409 if the glossary has it already, in any spelling of case)',
      tag: 'translations',
      params: regionParams,
      body: glossaryTermInput,
      response: glossaryTerm,
      successStatus: 201,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'glossary.manage');
        reply.code(201);
        return presentGlossaryTerm(await addGlossaryTerm(ctx, auth, where, body));
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/regions/{region}/glossary/{termId}',
      operationId: 'changeGlossaryTerm',
      summary: 'Change a term; 409 when someone changed it since you read it',
      tag: 'translations',
      params: glossaryTermParams,
      body: glossaryTermChange,
      response: glossaryTerm,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'glossary.manage');
        return presentGlossaryTerm(await changeGlossaryTerm(ctx, auth, where, params.termId, body));
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/regions/{region}/glossary/{termId}',
      operationId: 'removeGlossaryTerm',
      summary: 'Remove a term from the glossary',
      tag: 'translations',
      params: glossaryTermParams,
      response: z.object({ status: z.literal('done') }),
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'glossary.manage');
        await removeGlossaryTerm(ctx, auth, where, params.termId);
        return { status: 'done' as const };
      },
    }),
  ];
}
