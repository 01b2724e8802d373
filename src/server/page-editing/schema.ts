import { z } from 'zod';
import { regionParams } from '../regions/schema.ts';
import { LIMITS } from '../../shared/limits.ts';
import { newVersionInput } from '../content/schema.ts';

export const pageParams = regionParams.extend({
  pageId: z.coerce.number().int().positive().max(LIMITS.maxId),
});
export const versionParams = regionParams.extend({
  versionId: z.coerce.number().int().positive().max(LIMITS.maxId),
});
export const pageVersionParams = pageParams.extend({
  versionId: z.coerce.number().int().positive().max(LIMITS.maxId),
});
export const historyQuery = z.object({ language: z.string().min(2) });

export const newPageInput = z.object({
  parentId: z.number().int().positive().max(LIMITS.maxId).nullable(),
  icon: z.string().max(40).nullable().optional(),
});

/** A new version as the workspace saves it: the text, and the version the editor started from. */
export const workspaceVersionInput = newVersionInput
  .omit({ authorId: true, isMachineTranslated: true })
  .extend({
    baseVersionId: z
      .number()
      .int()
      .positive()
      .nullable()
      .describe(
        'The newest version in this language when editing began; null for the first. A mismatch answers 409.',
      ),
  });
export type WorkspaceVersionInput = z.output<typeof workspaceVersionInput>;

export const reviewDecisionInput = z.object({
  decision: z.enum(['approve', 'send-back']),
  comment: z.string().max(2000).default(''),
});
export type ReviewDecision = z.output<typeof reviewDecisionInput>;

export const pageChangeInput = z
  .object({
    parentId: z.number().int().positive().max(LIMITS.maxId).nullable().optional(),
    position: z.number().int().min(0).max(100_000).optional(),
    isArchived: z.boolean().optional(),
  })
  .refine(
    (change) => Object.values(change).some((value) => value !== undefined),
    'change at least one of parentId, position, isArchived',
  );
export type PageChange = z.output<typeof pageChangeInput>;

const state = z.enum(['missing', 'outdated', 'up-to-date']);

export const workspaceVersion = z.object({
  id: z.number().int(),
  language: z.string(),
  title: z.string(),
  slug: z.string(),
  contentHtml: z.string(),
  status: z.enum(['draft', 'review', 'published']),
  isMinor: z.boolean(),
  isMachineTranslated: z.boolean(),
  authorId: z.number().int().nullable(),
  source: z.object({ language: z.string(), versionId: z.number().int() }).nullable(),
  createdAt: z.string(),
});

export const pageTree = z.object({
  region: z.string(),
  defaultLanguage: z.string(),
  languageSources: z
    .record(z.string(), z.string().nullable())
    .describe('Each language of the region and the language it is translated from (null for the default).'),
  pages: z.array(
    z.object({
      id: z.number().int(),
      parentId: z.number().int().nullable(),
      position: z.number().int(),
      icon: z.string().nullable(),
      isArchived: z.boolean(),
      languages: z.record(
        z.string(),
        z.object({
          versionId: z.number().int().nullable(),
          title: z.string().nullable(),
          status: z.string().nullable(),
          state,
        }),
      ),
    }),
  ),
});

export const history = z.object({
  publicUrl: z
    .string()
    .nullable()
    .describe(
      'Where the public reads the page in this language (a path); null while it is not public there.',
    ),
  versions: z.array(
    workspaceVersion.extend({
      reviews: z.array(
        z.object({
          decision: z.string(),
          comment: z.string(),
          reviewerId: z.number().int().nullable(),
          createdAt: z.string(),
        }),
      ),
    }),
  ),
});

export const created = z.object({ id: z.number().int() });
export const saved = z.object({ status: z.literal('done') });
