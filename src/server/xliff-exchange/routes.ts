import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { AppError } from '../errors.ts';
import { defineRoute, type RouteSpec } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { exportXliff } from './export-xliff.ts';
import { importXliff } from './import-xliff.ts';
import { exportQuery, importOutcome, importQuery, maxImportBytes, xliffBytes } from './schema.ts';
import { regionParams } from '../regions/schema.ts';

/** The content types an XLIFF import may be sent as. */
export const XLIFF_UPLOAD_TYPES = [
  'application/xliff+xml',
  'application/x-xliff+xml',
  'application/xml',
  'text/xml',
  'application/zip',
  'application/x-zip-compressed',
  'application/octet-stream',
] as const;

/** Refusals of an upload before it is read. */
export const xliffUploadRefusals = {
  tooLarge: () =>
    new AppError('payload_too_large', `An XLIFF upload may be at most ${maxImportBytes / (1024 * 1024)} MB.`),
  unsupportedType: (type: string) =>
    new AppError(
      'unsupported_media_type',
      `Send an XLIFF file (application/xliff+xml) or a zip of them (application/zip), not ${type}.`,
    ),
};

/** XLIFF for translation agencies: export pages of a language, and import what comes back. */
export function xliffExportRoutes(ctx: AppContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/xliff',
      operationId: 'exportXliff',
      summary: 'Download pages of a language as XLIFF 1.2 or 2.0 (one file, or a zip with a file per page)',
      tag: 'translations',
      params: regionParams,
      query: exportQuery,
      response: z.string(),
      responseType: 'application/xliff+xml',
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, query, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'page.translate', {
          language: query.language,
        });
        const download = await exportXliff(ctx, auth, where, query);
        reply
          .type(download.contentType)
          .header('content-disposition', `attachment; filename="${download.fileName}"`);
        return download.body;
      },
    }),
  ];
}

/** The import, registered where XLIFF and zip bodies are read (see XLIFF_UPLOAD_TYPES). */
export function xliffImportRoutes(ctx: AppContext): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/xliff',
      operationId: 'importXliff',
      summary:
        'Check a translated XLIFF file (or zip) and preview it; with isPreview=false, save each page as a new version',
      tag: 'translations',
      params: regionParams,
      query: importQuery,
      body: xliffBytes,
      rawBodyTypes: XLIFF_UPLOAD_TYPES,
      response: importOutcome,
      errors: [
        'invalid_input',
        'unauthorized',
        'forbidden',
        'not_found',
        'payload_too_large',
        'unsupported_media_type',
      ],
      handle: async ({ params, query, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.read');
        const outcome = await importXliff(ctx, auth, where, { bytes: body, ...query });
        if (!query.isPreview) reply.code(201);
        return outcome;
      },
    }),
  ];
}
