import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { insertJob } from '../jobs/repo.ts';
import type { Mail, Mailer } from './mailer.ts';

export const mailJobKind = 'mail.send';

/** Queues an e-mail; it is sent by the job runner, retried if the SMTP server is away. */
export async function queueMail(db: Kysely<Database>, mail: Mail, dedupeKey?: string): Promise<void> {
  await insertJob(db, { kind: mailJobKind, payload: { ...mail }, dedupeKey });
}

/** The job handler that sends queued e-mail. */
export function mailJobHandler(mailer: Mailer): JobHandler {
  return async (payload) => {
    const { to, subject, text } = payload as unknown as Mail;
    await mailer.send({ to, subject, text });
  };
}
