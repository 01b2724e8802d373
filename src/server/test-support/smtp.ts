import type { Kysely } from 'kysely';
import { SMTPServer } from 'smtp-server';
import type { Database } from '../../db/schema.ts';
import { JobRunner } from '../jobs/runner.ts';
import { createMailer } from '../mail/mailer.ts';
import { mailJobHandler, mailJobKind } from '../mail/queue-mail.ts';

/** A message the test SMTP server received. */
export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on a loopback port that keeps what it receives, for tests of e-mail. */
export async function startSmtpServer(): Promise<{
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The decoded text of a received message (quoted-printable soft breaks and escapes undone, as UTF-8). */
export function textOf(mail: ReceivedMail): string {
  const body = mail.raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n')
    .replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const escape = body[i] === '=' ? /^[0-9A-F]{2}/.exec(body.slice(i + 1, i + 3)) : null;
    if (escape) {
      bytes.push(parseInt(escape[0], 16));
      i += 2;
    } else {
      bytes.push(body.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Sends the e-mail queued in the database through the test server now, as the job runner would, and returns what one address received so far. */
export async function sendQueuedMailTo(
  db: Kysely<Database>,
  smtp: { url: string; received: ReceivedMail[] },
  email: string,
): Promise<ReceivedMail[]> {
  await new JobRunner(db, {
    [mailJobKind]: mailJobHandler(createMailer(smtp.url, 'Lotse <no-reply@lotse.example>')),
  }).runDue();
  return smtp.received.filter((mail) => mail.to.includes(email));
}
