import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { passwordProblem } from '../auth/password-rules.ts';
import { regionParams } from '../regions/schema.ts';

/** The roles a user can hold: one per region, or platform administration. */
export const ROLES = [
  'region-manager',
  'editor',
  'author',
  'translator',
  'observer',
  'platform-admin',
] as const;
export type Role = (typeof ROLES)[number];

/** What it takes to create an account. */
export const newUserInput = z
  .object({
    email: z.email('is not an e-mail address').max(LIMITS.emailLength),
    password: z.string().superRefine((password, context) => {
      const problem = passwordProblem(password);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
    role: z.enum(ROLES, { error: `must be one of: ${ROLES.join(', ')}` }),
    region: z.string().min(1).optional(),
    displayName: z.string().trim().max(200).default(''),
    translatorLanguages: z
      .array(z.string().min(2))
      .default([])
      .transform((languages) => [...new Set(languages)]),
  })
  .superRefine((user, context) => {
    if (user.translatorLanguages.length > 0 && user.role !== 'translator') {
      context.addIssue({
        code: 'custom',
        path: ['translatorLanguages'],
        message: 'only translators have languages',
      });
    }
    if (user.role !== 'platform-admin' && !user.region) {
      context.addIssue({ code: 'custom', path: ['region'], message: `the role ${user.role} needs a region` });
    }
    if (user.role === 'platform-admin' && user.region) {
      context.addIssue({ code: 'custom', path: ['region'], message: 'platform admins hold no region role' });
    }
  });

export type NewUserInput = z.input<typeof newUserInput>;

const translatorNeedsLanguages = (member: { role: string; translatorLanguages: string[] }) =>
  member.role !== 'translator' || member.translatorLanguages.length > 0;
const translatorNeedsLanguagesIssue = {
  path: ['translatorLanguages'],
  message: 'a translator needs at least one target language',
};

const regionMemberFields = z.object({
  email: z.email('is not an e-mail address').max(LIMITS.emailLength),
  role: z.enum(['region-manager', 'editor', 'author', 'translator', 'observer']),
  displayName: z.string().trim().max(200).default(''),
  translatorLanguages: z
    .array(z.string().min(2))
    .default([])
    .transform((languages) => [...new Set(languages)]),
});

/** Inviting someone into a region with a role (translators with at least one language). */
export const regionInvitationInput = regionMemberFields.refine(
  translatorNeedsLanguages,
  translatorNeedsLanguagesIssue,
);
export type RegionInvitation = z.output<typeof regionInvitationInput>;

export const regionMembers = z.object({
  members: z.array(
    z.object({
      id: z.number().int(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      hasPassword: z.boolean().describe('False while an invitation has not been accepted.'),
      isTotpEnabled: z.boolean(),
      translatorLanguages: z
        .array(z.string())
        .describe('For translators: their target languages in the region, sorted; empty for other roles.'),
    }),
  ),
});

export const invited = z.object({ id: z.number().int(), isNewAccount: z.boolean() });

/** A member's new role in the region (translators with their target languages). */
export const roleChangeInput = regionMemberFields
  .pick({ role: true, translatorLanguages: true })
  .refine(translatorNeedsLanguages, translatorNeedsLanguagesIssue);
export type RoleChange = z.output<typeof roleChangeInput>;

export const memberParams = regionParams.extend({
  userId: z.coerce.number().int().positive().max(LIMITS.maxId),
});
