import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listAuditEntriesOfRegion } from '../audit/repo.ts';
import { listJobs } from '../jobs/repo.ts';
import { mailJobKind } from '../mail/queue-mail.ts';
import { testDatabases } from '../test-support/databases.ts';
import { sendQueuedMailTo, startSmtpServer, textOf } from '../test-support/smtp.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { setUpInbox } from './inbox-test-setup.ts';

for (const database of testDatabases()) {
  describe(`replying to feedback by e-mail on ${database.name}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    before(async () => {
      [t, smtp] = await Promise.all([startTestApp(database), startSmtpServer()]);
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    it('sends the reply to the reader’s address in the region’s name, and keeps who sent what when', async () => {
      const { region, manager, leave, onPage } = await setUpInbox(t);
      const reader = `reader-${database.name.toLowerCase()}@example.org`;
      const id = await leave(
        'ar',
        onPage('not-helpful', { comment: 'العنوان غير صحيح', contact: ` ${reader} ` }),
      );
      const replied = await manager('POST', `/${id}/reply`, {
        text: 'Danke! Die Adresse ist korrigiert.\nشكراً',
      });
      assert.equal(replied.statusCode, 201, replied.body);
      const [reply] = replied.json().notes;
      assert.deepEqual(
        [reply.kind, reply.text, reply.author.userId],
        ['reply', 'Danke! Die Adresse ist korrigiert.\nشكراً', manager.userId],
      );
      assert.ok(Date.now() - Date.parse(reply.createdAt) < 60_000);

      const [mail, ...more] = await sendQueuedMailTo(t.ctx.db, smtp, reader);
      assert.equal(more.length, 0);
      assert.deepEqual(mail?.to, [reader]);
      assert.match(mail!.raw, /^From: Lotse <no-reply@lotse\.example>/m);
      assert.match(mail!.raw, /^Subject: .*Teststadt/m);
      const text = textOf(mail!);
      assert.match(text, /Danke! Die Adresse ist korrigiert\.\r?\nشكراً/);
      assert.match(text, /Teststadt/);
      assert.match(text, /> العنوان غير صحيح/);
      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, {
        regionId: region.id,
        action: 'feedback.replied',
        limit: 1,
      });
      assert.deepEqual([entry?.user_id, entry?.details], [manager.userId, { feedbackId: id }]);
    });

    it('refuses a reply when the reader left no e-mail address, and sends nothing', async () => {
      const { manager, leave, onPage } = await setUpInbox(t);
      const mailsBefore = (await listJobs(t.ctx.db, mailJobKind)).length;
      const withoutContact = await leave('de', onPage('not-helpful', { comment: 'Falsch' }));
      const withPhone = await leave(
        'de',
        onPage('not-helpful', { comment: 'Falsch', contact: '0151 234567' }),
      );

      const noContact = await manager('POST', `/${withoutContact}/reply`, { text: 'Danke!' });
      assert.equal(noContact.statusCode, 409);
      assert.match(noContact.json().error.message, /no contact address/);
      const phone = await manager('POST', `/${withPhone}/reply`, { text: 'Danke!' });
      assert.equal(phone.statusCode, 409);
      assert.match(phone.json().error.message, /not an e-mail address/);
      const detail = (await manager('GET', `/${withPhone}`)).json();
      assert.deepEqual([detail.hasEmailContact, detail.notes], [false, []]);
      assert.equal((await listJobs(t.ctx.db, mailJobKind)).length, mailsBefore);

      const empty = await manager('POST', `/${withPhone}/reply`, { text: ' ' });
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().error.details.issues[0].field, 'body.text');
    });
  });
}
