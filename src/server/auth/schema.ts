import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { ROLES } from '../users/schema.ts';
import { ACTIONS } from '../../shared/actions.ts';

/** Signing in: e-mail, password and, where two-factor sign-in is on, the app's code. */
export const signInInput = z.object({
  email: z.string().trim().min(1, 'must not be empty').max(LIMITS.emailLength),
  password: z.string().min(1, 'must not be empty').max(LIMITS.passwordMaxLength),
  otp: z
    .string()
    .regex(/^\d{6}$/, 'must be the 6 digits from the authenticator app')
    .optional(),
});

export const totpCodeInput = z.object({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') });

/** The signed-in user as the workspace sees them, with the token to send with every change. */
export const currentUser = z.object({
  id: z.number().int(),
  email: z.string(),
  displayName: z.string(),
  isPlatformAdmin: z.boolean(),
  isTotpEnabled: z.boolean(),
  roles: z.array(
    z.object({
      region: z.string(),
      regionName: z.string(),
      role: z.enum(ROLES),
      actions: z
        .array(z.enum(ACTIONS))
        .describe('What the role may do there; the server decides every time.'),
      translatorLanguages: z.array(z.string()).describe('For translators: the languages they may write.'),
    }),
  ),
  csrfToken: z
    .string()
    .describe('Send as the X-CSRF-Token header with every request that changes something.'),
});

export const sessionList = z.object({
  sessions: z.array(
    z.object({
      createdAt: z.string(),
      lastSeenAt: z.string(),
      expiresAt: z.string(),
      userAgent: z.string(),
      isCurrent: z.boolean(),
    }),
  ),
});

export const totpSetup = z.object({
  secret: z.string().describe('For typing into the app by hand.'),
  uri: z.string().describe('otpauth:// address, as in the QR code.'),
  qrSvg: z.string(),
});

export const done = z.object({ status: z.literal('done'), sessionsEnded: z.number().int().optional() });

export const passwordResetInput = z.object({ email: z.string().trim().min(1).max(LIMITS.emailLength) });
export const setPasswordInput = z.object({
  token: z.string().min(20).max(100),
  password: z.string().max(LIMITS.passwordMaxLength),
});
export const accepted = z.object({ status: z.literal('accepted') });
