import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DAY_MS } from '../../shared/time.ts';
import type { Database } from '../../db/schema.ts';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import { AppError, invalidInput } from '../errors.ts';
import { insertJob } from '../jobs/repo.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { findUserByEmail, type UserRow } from '../users/repo.ts';
import { passwordProblem } from './password-rules.ts';
import { hashPassword } from './passwords.ts';
import { deleteSessionsOfUser } from './repo.ts';
import { hashToken } from './service.ts';

type Purpose = 'invitation' | 'password-reset';

const lifetimeMs: Record<Purpose, number> = {
  invitation: 7 * DAY_MS,
  'password-reset': 60 * 60 * 1000,
};

/** Creates a single-use link for a user and returns its token (only its hash is stored). */
async function issueToken(db: Kysely<Database>, userId: number, purpose: Purpose): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('account_tokens')
    .values({
      id: hashToken(token),
      user_id: userId,
      purpose,
      expires_at: new Date(Date.now() + lifetimeMs[purpose]),
    })
    .execute();
  return token;
}

/**
 * The address in the workspace where a token is used to choose a password. The token is in the fragment,
 * which browsers never send to a server, so it cannot end up in any access log.
 */
export function passwordLink(ctx: AppContext, token: string): string {
  return `${ctx.config.publicUrl}/cms/set-password#token=${token}`;
}

/** E-mails an invitation to choose a password, in German and English, within the caller's transaction. */
export async function sendInvitation(
  ctx: AppContext,
  db: Kysely<Database>,
  user: UserRow,
  regionName: string,
): Promise<void> {
  const link = passwordLink(ctx, await issueToken(db, user.id, 'invitation'));
  await queueMail(db, {
    to: user.email,
    subject: `Einladung zu Lotse ${regionName} / Invitation to Lotse ${regionName}`,
    text:
      `Sie wurden eingeladen, in Lotse für ${regionName} mitzuarbeiten. Wählen Sie hier Ihr Passwort ` +
      `(der Link gilt 7 Tage):\n${link}\n\n` +
      `You have been invited to work on Lotse for ${regionName}. Choose your password here (the link is valid ` +
      `for 7 days):\n${link}\n`,
  });
}

export const passwordResetJobKind = 'account.password-reset';

/**
 * Asks for a password-reset link. The work happens in a job, so the answer takes the same time and says the
 * same whether or not an account has this address; requests are limited per client.
 */
export async function requestPasswordReset(ctx: AppContext, email: string, client: string): Promise<void> {
  const decision = ctx.rateLimits.signInPerClient.take(client);
  if (!decision.isAllowed) {
    throw new AppError('rate_limited', 'Too many requests. Please try again later.', {
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  }
  await insertJob(ctx.db, { kind: passwordResetJobKind, payload: { email: email.trim() } });
}

/** The job that sends a reset link, if an account has the address. */
export function passwordResetJobHandler(ctx: AppContext): JobHandler {
  return async (payload) => {
    const user = await findUserByEmail(ctx.db, String(payload.email ?? ''));
    if (!user) return;
    await ctx.db.transaction().execute(async (trx) => {
      const link = passwordLink(ctx, await issueToken(trx, user.id, 'password-reset'));
      await queueMail(trx, {
        to: user.email,
        subject: 'Lotse: Passwort zurücksetzen / Reset your password',
        text:
          `Mit diesem Link wählen Sie ein neues Passwort (er gilt eine Stunde):\n${link}\n` +
          `Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.\n\n` +
          `Choose a new password with this link (valid for one hour):\n${link}\n` +
          `If you did not ask for this, ignore this e-mail.\n`,
      });
      await insertAuditEntry(trx, { action: 'password-reset.requested', userId: user.id });
    });
  };
}

/**
 * Uses an invitation or reset link to set a password. The link works once and not after it expired; every
 * existing session of the account ends.
 */
export async function setPasswordWithToken(
  ctx: AppContext,
  token: string,
  password: string,
): Promise<UserRow> {
  const problem = passwordProblem(password);
  if (problem) throw invalidInput([{ field: 'password', message: problem }]);
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx) => {
    const record = await trx
      .selectFrom('account_tokens')
      .selectAll()
      .where('id', '=', hashToken(token))
      .forUpdate()
      .executeTakeFirst();
    if (!record || record.used_at || record.expires_at < new Date()) {
      throw invalidInput([{ field: 'token', message: 'this link is not valid any more: ask for a new one' }]);
    }
    await trx
      .updateTable('account_tokens')
      .set({ used_at: new Date() })
      .where('id', '=', record.id)
      .execute();
    const user = await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', record.user_id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await deleteSessionsOfUser(trx, user.id);
    await insertAuditEntry(trx, { action: `password.set-by-${record.purpose}`, userId: user.id });
    return user;
  });
}
