import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { LINK_PROBLEMS } from './probe.ts';
import type { LinkStatus } from './repo.ts';

const LINK_STATUSES = ['broken', 'moved', 'ok', 'unchecked'] as const;

export const linkListQuery = z.object({
  status: z
    .string()
    .regex(
      /^(broken|moved|ok|unchecked)(,(broken|moved|ok|unchecked))*$/,
      'is one or more of broken, moved, ok and unchecked, separated by commas',
    )
    .optional()
    .transform((value) => (value ? (value.split(',') as LinkStatus[]) : []))
    .describe('Only links with these statuses, e.g. `broken` or `broken,moved`; all links without it.'),
});

export const linkCheckStatus = z.object({
  isRunning: z.boolean().describe('A run is gathering links or has links left to check.'),
  checked: z.number().int().describe('Links the newest run has checked so far.'),
  total: z.number().int().describe('Links of the region’s published content.'),
  requestedAt: z.string().nullable().describe('When the newest run was started; null before the first.'),
  lastCheckedAt: z.string().nullable().describe('When a link of the region was last checked.'),
});
export type LinkCheckStatus = z.output<typeof linkCheckStatus>;

const linkUse = z.object({
  itemType: z.enum(['page']),
  itemId: z.number().int(),
  language: z.string(),
  versionId: z.number().int().describe('The published version the link was found in.'),
  title: z.string(),
});

export const linkReport = z.object({
  check: linkCheckStatus,
  links: z.array(
    z.object({
      url: z.string(),
      status: z.enum(LINK_STATUSES),
      httpStatus: z.number().int().nullable().describe('The final answer’s status, when there was one.'),
      problem: z.enum(LINK_PROBLEMS).nullable().describe('Why the link is broken.'),
      movedTo: z
        .string()
        .nullable()
        .describe('Where a permanent redirect leads: a candidate to replace it with.'),
      checkedAt: z.string().nullable(),
      uses: z.array(linkUse),
    }),
  ),
});

export const replaceLinkInput = z
  .object({
    from: z.string().trim().min(1).max(LIMITS.linkUrlLength).describe('The address as the texts have it.'),
    to: z
      .url({ protocol: /^https?$/, error: 'must be a web address (http or https)' })
      .trim()
      .max(LIMITS.linkUrlLength),
  })
  .refine((input) => input.from !== input.to, { path: ['to'], message: 'is the address to replace' });
export type ReplaceLinkInput = z.output<typeof replaceLinkInput>;

export const replaceLinkOutcome = z.object({
  versionsCreated: z.number().int(),
  versions: z.array(
    z.object({
      pageId: z.number().int(),
      language: z.string(),
      versionId: z.number().int(),
      status: z.enum(['draft', 'review', 'published']),
    }),
  ),
});
export type ReplaceLinkOutcome = z.output<typeof replaceLinkOutcome>;
