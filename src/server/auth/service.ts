import { createHash, randomBytes } from 'node:crypto';
import { DAY_MS } from '../../shared/time.ts';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import { AppError } from '../errors.ts';
import { findUserByEmail, type UserRow } from '../users/repo.ts';
import { isPasswordCorrect } from './passwords.ts';
import { findLiveSession, insertSession, touchSession, type SessionRow } from './repo.ts';
import { isTotpCodeValid } from './totp.ts';

/** A signed-in user and the session they use. */
export interface Auth {
  session: SessionRow;
  user: UserRow;
}

const sessionLifetimeMs = 14 * DAY_MS;
const touchIntervalMs = 5 * 60 * 1000;

/**
 * How a secret token (session, password link) is stored: its hash, so that a leaked database holds no
 * usable tokens.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Signs a user in with e-mail, password and, where enabled, a TOTP code. Attempts are throttled per client
 * and failed ones per account; the answer never tells whether an e-mail address has an account.
 */
export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string; otp?: string | undefined },
  client: { address: string; userAgent: string },
): Promise<{ token: string; auth: Auth }> {
  const account = input.email.trim().toLowerCase();
  for (const decision of [
    ctx.rateLimits.signInPerClient.take(client.address),
    ctx.rateLimits.failedSignInsPerAccount.peek(account),
  ]) {
    if (!decision.isAllowed) {
      throw new AppError(
        'rate_limited',
        `Too many sign-in attempts. Please wait ${minutes(decision.retryAfterSeconds)} minutes and try again.`,
        { retryAfterSeconds: decision.retryAfterSeconds },
      );
    }
  }
  const user = await findUserByEmail(ctx.db, account);
  const fail = async (reason: string, message: string) => {
    ctx.rateLimits.failedSignInsPerAccount.take(account);
    await insertAuditEntry(ctx.db, {
      action: 'sign-in.failed',
      userId: user?.id ?? null,
      details: { reason },
    });
    return new AppError('unauthorized', message);
  };
  if (!(await isPasswordCorrect(user?.password_hash ?? undefined, input.password)) || !user) {
    throw await fail('password', 'The e-mail address or the password is not correct.');
  }
  if (user.is_totp_enabled) {
    if (!input.otp) throw new AppError('otp_required', 'Enter the 6-digit code from your authenticator app.');
    if (!isTotpCodeValid(user.totp_secret ?? '', input.otp))
      throw await fail('otp', 'The code is not correct.');
  }
  const token = randomBytes(32).toString('base64url');
  const session = {
    id: hashToken(token),
    user_id: user.id,
    csrf_token: randomBytes(24).toString('base64url'),
    user_agent: client.userAgent.slice(0, 300),
    expires_at: new Date(Date.now() + sessionLifetimeMs),
  };
  await insertSession(ctx.db, session);
  await insertAuditEntry(ctx.db, { action: 'sign-in', userId: user.id });
  const stored = await findLiveSession(ctx.db, session.id);
  if (!stored) throw new Error('The new session could not be read back.');
  return { token, auth: { session: stored, user } };
}

/** The user a session token belongs to, while the session lives; using it keeps it alive. */
export async function authenticate(ctx: AppContext, token: string | undefined): Promise<Auth | undefined> {
  if (!token || token.length > 100) return undefined;
  const session = await findLiveSession(ctx.db, hashToken(token));
  if (!session) return undefined;
  const user = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', session.user_id)
    .executeTakeFirst();
  if (!user) return undefined;
  if (Date.now() - session.last_seen_at.getTime() > touchIntervalMs) {
    await touchSession(ctx.db, session.id, new Date(Date.now() + sessionLifetimeMs));
  }
  return { session, user };
}
