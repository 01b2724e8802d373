import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import { AppError } from '../errors.ts';
import { findUserByEmail } from '../users/repo.ts';
import { deleteSessionsOfUser, switchOffTotp } from './repo.ts';

/** What resetting someone's two-factor sign-in did. */
export interface TwoFactorReset {
  email: string;
  /** False when it was not on: then nothing was changed. */
  wasEnabled: boolean;
  sessionsEnded: number;
}

/**
 * Lets someone who lost their authenticator app in again (an operator's recovery, e.g. `lotse user
 * reset-2fa`): switches two-factor sign-in off, forgets the secret, ends every session of the account and
 * records it in the audit log. They then sign in with their password and can set it up again.
 */
export async function resetTwoFactor(
  db: Kysely<Database>,
  input: { email: string; via: string },
): Promise<TwoFactorReset> {
  return db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, input.email.trim());
    if (!user) throw new AppError('not_found', `There is no account with the e-mail address ${input.email}.`);
    if (!user.is_totp_enabled) return { email: user.email, wasEnabled: false, sessionsEnded: 0 };
    await switchOffTotp(trx, user.id);
    const sessionsEnded = await deleteSessionsOfUser(trx, user.id);
    await insertAuditEntry(trx, {
      action: 'user.totp-reset',
      userId: user.id,
      details: { via: input.via, sessionsEnded },
    });
    return { email: user.email, wasEnabled: true, sessionsEnded };
  });
}
