import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { CONDITION_CODES } from './conditions.ts';

const id = z.number().int().positive().max(LIMITS.maxId);

export const officialInput = z
  .object({
    userId: id.describe('A region manager of the region.'),
    publicName: z.string().trim().min(1, 'say whom people reach (name, office)').max(200),
    email: z.union([z.literal(''), z.email('is not an e-mail address').max(254)]).default(''),
    phone: z
      .string()
      .trim()
      .max(50)
      .regex(/^[+0-9 ()/-]*$/, 'may hold digits, spaces, +, -, / and brackets')
      .default(''),
    officeHours: z.string().trim().min(1, 'say when the official can be reached').max(500),
    responseDays: z.number().int().min(1).max(60).describe('Promised response time in working days.'),
  })
  .refine((input) => input.email !== '' || input.phone !== '', {
    path: ['email'],
    message: 'give an e-mail address or a phone number (or both)',
  });
export type OfficialInput = z.output<typeof officialInput>;

export const legalPagesInput = z
  .object({
    imprint: id.nullable().optional(),
    privacy: id.nullable().optional(),
    accessibility: id.nullable().optional(),
  })
  .describe('The page for each purpose; null forgets it, a missing key leaves it as it is.');
export type LegalPagesInput = z.output<typeof legalPagesInput>;

export const statusInput = z.object({
  status: z.enum(['draft', 'live', 'hidden', 'archived']),
  overrideReason: z
    .string()
    .trim()
    .min(10, 'explain in a sentence why the region goes live anyway')
    .max(2000)
    .optional()
    .describe('Platform admins only: go live although conditions are unmet; recorded in the audit log.'),
});
export type StatusInput = z.output<typeof statusInput>;

const condition = z.object({
  code: z.enum(CONDITION_CODES),
  isMet: z.boolean(),
  problem: z.string().describe('What is missing, for a person; empty when met.'),
  pageIds: z.array(z.number().int()).optional(),
});

export const goLiveChecklist = z.object({
  region: z.string(),
  status: z.enum(['draft', 'live', 'hidden', 'archived']),
  canGoLive: z.boolean(),
  conditions: z.array(condition),
  officialMissing: z
    .object({
      since: z.string().describe('When the responsible official’s role or account ended.'),
      noticeFrom: z.string().describe('From when the public app tells readers that nobody is responsible.'),
    })
    .nullable()
    .describe('Set while a public region has lost its responsible official.'),
  official: z
    .object({
      userId: z.number().int().nullable(),
      userName: z.string().nullable(),
      publicName: z.string(),
      email: z.string(),
      phone: z.string(),
      officeHours: z.string(),
      responseDays: z.number().int().nullable(),
    })
    .nullable(),
  legalPages: z.object({
    imprint: z.number().int().nullable(),
    privacy: z.number().int().nullable(),
    accessibility: z.number().int().nullable(),
  }),
  managers: z
    .array(z.object({ userId: z.number().int(), name: z.string(), email: z.string() }))
    .describe('Who may be named the responsible official.'),
});
export type GoLiveChecklist = z.output<typeof goLiveChecklist>;
