import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createMailer } from '../mail/mailer.ts';
import { mailJobHandler, mailJobKind, queueMail } from '../mail/queue-mail.ts';
import { testDatabases } from '../test-support/databases.ts';
import { startSmtpServer, textOf } from '../test-support/smtp.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { insertJob, listJobs } from './repo.ts';
import { JobRunner, retryDelayMs } from './runner.ts';

for (const database of testDatabases()) {
  describe(`durable jobs on ${database.name}`, () => {
    let handle: DatabaseHandle;
    before(async () => {
      handle = await database.open();
    });
    after(() => handle.close());

    it('runs queued jobs once, and never queues the same work twice', async () => {
      const seen: unknown[] = [];
      const runner = new JobRunner(handle.db, { 'test.once': async (payload) => void seen.push(payload.n) });
      assert.equal(
        await insertJob(handle.db, { kind: 'test.once', payload: { n: 1 }, dedupeKey: 'once-1' }),
        true,
      );
      assert.equal(
        await insertJob(handle.db, { kind: 'test.once', payload: { n: 1 }, dedupeKey: 'once-1' }),
        false,
      );
      await insertJob(handle.db, { kind: 'test.once', payload: { n: 2 } });
      assert.equal(await runner.runDue(), 2);
      assert.equal(await runner.runDue(), 0);
      assert.deepEqual(seen, [1, 2]);
      assert.deepEqual(
        (await listJobs(handle.db, 'test.once')).map((job) => job.status),
        ['done', 'done'],
      );
    });

    it('retries a failing job later with a growing pause, and gives up after the last attempt', async () => {
      const runner = new JobRunner(handle.db, {
        'test.fails': async () => {
          throw new Error('the other side is down');
        },
      });
      await insertJob(handle.db, { kind: 'test.fails', payload: { to: 'reader@example.org' } });
      await runner.runDue();
      let [job] = await listJobs(handle.db, 'test.fails');
      assert.deepEqual(
        [job?.status, job?.attempts, job?.last_error, job?.payload],
        ['pending', 1, 'the other side is down', { to: 'reader@example.org' }],
      );
      assert.ok(job!.run_at.getTime() > Date.now() + 20_000, 'not retried at once');
      assert.equal(await runner.runDue(), 0, 'nothing is due before the pause is over');
      assert.deepEqual([retryDelayMs(1), retryDelayMs(2), retryDelayMs(20)], [30_000, 60_000, 3_600_000]);
      for (let attempt = 2; attempt <= 6; attempt++) {
        await sql`update jobs set run_at = now() where kind = 'test.fails'`.execute(handle.db);
        await runner.runDue();
      }
      [job] = await listJobs(handle.db, 'test.fails');
      assert.deepEqual(
        [job?.status, job?.attempts, job?.last_error, job?.payload],
        ['failed', 6, 'the other side is down', {}],
        'what went wrong stays; the payload (an e-mail’s address and text) goes',
      );
    });

    it('takes up a job that a stopped server left running', async () => {
      const done: string[] = [];
      await insertJob(handle.db, { kind: 'test.abandoned', payload: {} });
      await sql`update jobs set status = 'running', attempts = 1, locked_until = now() - interval '1 second' where kind = 'test.abandoned'`.execute(
        handle.db,
      );
      await new JobRunner(handle.db, { 'test.abandoned': async () => void done.push('again') }).runDue();
      assert.deepEqual(done, ['again']);
    });

    it('sends queued e-mail through a real SMTP server, and keeps it queued while there is none', async () => {
      const smtp = await startSmtpServer();
      try {
        await queueMail(handle.db, {
          to: 'reader@example.org',
          subject: 'Hallo',
          text: 'Eine Nachricht mit Umlauten: äöü.',
        });
        const withoutSmtp = new JobRunner(handle.db, {
          [mailJobKind]: mailJobHandler(createMailer(undefined, 'Lotse <no-reply@lotse.example>')),
        });
        await withoutSmtp.runDue();
        assert.match(
          (await listJobs(handle.db, mailJobKind))[0]!.last_error ?? '',
          /No SMTP server is configured/,
        );
        await sql`update jobs set run_at = now() where kind = ${mailJobKind}`.execute(handle.db);
        const runner = new JobRunner(handle.db, {
          [mailJobKind]: mailJobHandler(createMailer(smtp.url, 'Lotse <no-reply@lotse.example>')),
        });
        await runner.runDue();
        assert.equal(smtp.received.length, 1);
        assert.deepEqual(smtp.received[0]!.to, ['reader@example.org']);
        assert.match(smtp.received[0]!.raw, /Subject: Hallo/);
        assert.match(textOf(smtp.received[0]!), /Eine Nachricht mit Umlauten: äöü\./);
      } finally {
        await smtp.close();
      }
    });
  });
}
