import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recurringJobs } from '../jobs/handlers.ts';
import { queueRecurringJobs } from '../jobs/recurring.ts';
import { JobRunner } from '../jobs/runner.ts';
import { createMailer } from '../mail/mailer.ts';
import { mailJobHandler, mailJobKind } from '../mail/queue-mail.ts';
import { publishDaysAgo } from '../test-support/backdated-pages.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { startSmtpServer, textOf } from '../test-support/smtp.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { upsertOfficial } from '../go-live/repo.ts';
import { freshnessDigestHandlers, freshnessDigestJob, queueFreshnessDigest } from './digest.ts';

for (const database of testDatabases()) {
  describe(`the weekly freshness digest on ${database.name}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    before(async () => {
      [t, smtp] = await Promise.all([
        startTestApp(database, { PUBLIC_URL: 'https://lotse.example/' }),
        startSmtpServer(),
      ]);
    });
    after(async () => {
      await t.close();
      await smtp.close();
    });

    /** Runs the digest's jobs and the e-mail they queue, as the server's job runner would. */
    const runJobs = () =>
      new JobRunner(t.ctx.db, {
        ...freshnessDigestHandlers(t.ctx),
        [mailJobKind]: mailJobHandler(createMailer(smtp.url, 'Lotse <no-reply@lotse.example>')),
      }).runDue();
    const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));
    /** A region whose responsible official is a region manager with their own account address. */
    const regionWithOfficial = async () => {
      const region = await createTestRegion(t.ctx);
      const { userId } = await signInWithRole(t, 'region-manager', region);
      await upsertOfficial(t.ctx.db, {
        region_id: region.id,
        user_id: userId,
        public_name: 'Integrationsbüro',
        email: `integration-${region.id}@teststadt.example`,
        phone: '',
        office_hours: 'Mo–Do 9–12 Uhr',
        response_days: 3,
      });
      const user = await t.ctx.db
        .selectFrom('users')
        .select('email')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      return {
        region,
        userId,
        accountEmail: user.email,
        publicEmail: `integration-${region.id}@teststadt.example`,
      };
    };

    it('runs once a week', () => {
      assert.ok(recurringJobs.includes(freshnessDigestJob));
      assert.equal(freshnessDigestJob.period, 'weekly');
    });

    it('sends the official the overdue and soon due pages through SMTP, once per week', async () => {
      const { region, accountEmail } = await regionWithOfficial();
      const regionId = region.id;
      const overdue = await publishDaysAgo(t.ctx, { regionId, title: 'Wohnsitz anmelden', daysAgo: 400 });
      await publishDaysAgo(t.ctx, { regionId, title: 'Sprachkurse', daysAgo: 350 });
      await createPublishedPage(t.ctx, { regionId, titles: { de: 'Ganz neu' } });

      const week = new Date('2026-11-25T08:00:00Z');
      assert.equal(await queueRecurringJobs(t.ctx.db, [freshnessDigestJob], week), 1);
      await runJobs();
      const [mail, ...more] = mailsTo(accountEmail);
      assert.equal(more.length, 0);
      const text = textOf(mail!);
      assert.match(text, /Überfällig:\r?\n- Wohnsitz anmelden \(de\), prüfen bis \d\d\.\d\d\.\d{4}/);
      assert.match(text, /Bald fällig:\r?\n- Sprachkurse \(de\)/);
      assert.match(text, new RegExp(`https://lotse.example/cms/r/${region.slug}/pages/${overdue.pageId}/de`));
      assert.match(text, /Overdue:\r?\n- Wohnsitz anmelden \(de\), review by \d{4}-\d\d-\d\d/);
      assert.doesNotMatch(text, /Ganz neu/);

      assert.equal(await queueRecurringJobs(t.ctx.db, [freshnessDigestJob], week), 0, 'same week');
      await freshnessDigestHandlers(t.ctx)[freshnessDigestJob.kind]!(
        { period: '2026-W48' },
        { attempt: 2, isLastAttempt: false },
      );
      await runJobs();
      assert.equal(mailsTo(accountEmail).length, 1, 'a retry in the same week sends nothing again');
    });

    it('sends nothing when nothing is due, or to a region without an official', async () => {
      const { region, accountEmail, publicEmail } = await regionWithOfficial();
      await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Aktuell' } });
      assert.equal(await queueFreshnessDigest(t.ctx, { regionId: region.id, period: 'test-1' }), false);

      const unattended = await createTestRegion(t.ctx);
      await publishDaysAgo(t.ctx, { regionId: unattended.id, title: 'Veraltet', daysAgo: 800 });
      assert.equal(await queueFreshnessDigest(t.ctx, { regionId: unattended.id, period: 'test-1' }), false);

      assert.equal(
        await queueRecurringJobs(t.ctx.db, [freshnessDigestJob], new Date('2026-12-02T08:00:00Z')),
        1,
      );
      await runJobs();
      assert.deepEqual([...mailsTo(accountEmail), ...mailsTo(publicEmail)], []);
      const queued = await t.ctx.db
        .selectFrom('jobs')
        .select('dedupe_key')
        .where('dedupe_key', 'like', `freshness.region-digest:mail:${unattended.id}:%`)
        .execute();
      assert.deepEqual(queued, []);
    });

    it('writes to the public address once the official no longer manages the region', async () => {
      const { region, userId, accountEmail, publicEmail } = await regionWithOfficial();
      await publishDaysAgo(t.ctx, { regionId: region.id, title: 'Jobcenter', daysAgo: 400 });
      await t.ctx.db
        .updateTable('region_roles')
        .set({ role: 'editor' })
        .where('user_id', '=', userId)
        .where('region_id', '=', region.id)
        .execute();
      assert.equal(await queueFreshnessDigest(t.ctx, { regionId: region.id, period: 'test-2' }), true);
      await runJobs();
      assert.equal(mailsTo(accountEmail).length, 0);
      assert.match(textOf(mailsTo(publicEmail)[0]!), /Jobcenter/);
    });
  });
}
