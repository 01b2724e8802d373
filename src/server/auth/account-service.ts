import QRCode from 'qrcode';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import { AppError, invalidInput } from '../errors.ts';
import { deleteSession, deleteSessionsOfUser, listLiveSessions, type SessionRow } from './repo.ts';
import type { Auth } from './service.ts';
import { isTotpCodeValid, newTotpSecret, totpUri } from './totp.ts';

/** Ends the session in use. */
export async function signOut(ctx: AppContext, auth: Auth): Promise<void> {
  await deleteSession(ctx.db, auth.user.id, auth.session.id);
  await insertAuditEntry(ctx.db, { action: 'sign-out', userId: auth.user.id });
}

/** The user's own sessions, to see where they are signed in. */
export function listOwnSessions(ctx: AppContext, auth: Auth): Promise<SessionRow[]> {
  return listLiveSessions(ctx.db, auth.user.id);
}

/** Ends every session of the user, the one in use included. */
export async function signOutEverywhere(ctx: AppContext, auth: Auth): Promise<number> {
  const ended = await deleteSessionsOfUser(ctx.db, auth.user.id);
  await insertAuditEntry(ctx.db, {
    action: 'sign-out-everywhere',
    userId: auth.user.id,
    details: { sessions: ended },
  });
  return ended;
}

/**
 * Starts setting up two-factor sign-in: a new secret, as text and as a QR code for an authenticator app.
 * It takes effect only once a code from the app is confirmed.
 */
export async function startTotpSetup(ctx: AppContext, auth: Auth) {
  if (auth.user.is_totp_enabled)
    throw new AppError('conflict', 'Two-factor sign-in is already on for this account.');
  const secret = newTotpSecret();
  await ctx.db.updateTable('users').set({ totp_secret: secret }).where('id', '=', auth.user.id).execute();
  const uri = totpUri({ secret, account: auth.user.email, issuer: 'Lotse' });
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

/** Turns two-factor sign-in on once the user proves the app produces the right codes. */
export async function confirmTotpSetup(ctx: AppContext, auth: Auth, code: string): Promise<void> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['totp_secret', 'is_totp_enabled'])
    .where('id', '=', auth.user.id)
    .executeTakeFirstOrThrow();
  if (user.is_totp_enabled)
    throw new AppError('conflict', 'Two-factor sign-in is already on for this account.');
  if (!user.totp_secret)
    throw new AppError('conflict', 'Start the set-up first: there is no secret to confirm.');
  if (!isTotpCodeValid(user.totp_secret, code))
    throw invalidInput([{ field: 'code', message: 'is not the current code of the app' }]);
  await ctx.db.updateTable('users').set({ is_totp_enabled: true }).where('id', '=', auth.user.id).execute();
  await insertAuditEntry(ctx.db, { action: 'two-factor.enabled', userId: auth.user.id });
}
