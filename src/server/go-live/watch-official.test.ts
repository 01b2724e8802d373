import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { listAuditEntriesOfRegion } from '../audit/repo.ts';
import { findRegionById } from '../regions/repo.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { signInWithRole } from '../test-support/sign-in.ts';
import { sendQueuedMailTo, startSmtpServer, textOf } from '../test-support/smtp.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { DAY_MS } from '../../shared/time.ts';
import { listJobs } from '../jobs/repo.ts';
import { officialNoticeJobKind, officialWatchJobHandler } from './watch-official.ts';

for (const database of testDatabases()) {
  describe(`watching the responsible official on ${database.name}`, () => {
    let t: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    before(async () => {
      [t, smtp] = await Promise.all([startTestApp(database), startSmtpServer()]);
    });
    after(() => Promise.all([t.close(), smtp.close()]));

    /** A live region with a page, its official (a manager), and a second manager who acts. */
    const liveRegionWithOfficial = async () => {
      const region = await createTestRegion(t.ctx);
      await createPublishedPage(t.ctx, { regionId: region.id, titles: { de: 'Ankommen' } });
      const official = await signInWithRole(t, 'region-manager', region);
      const manager = await actingAs(t, 'region-manager', region);
      const named = await manager('PUT', '/official', {
        userId: official.userId,
        publicName: 'Integrationsbüro',
        email: 'integration@teststadt.example',
        phone: '',
        officeHours: 'Mo–Do 9–12 Uhr',
        responseDays: 3,
      });
      assert.equal(named.statusCode, 200, named.body);
      return { region, official, manager };
    };
    const publicHome = async (slug: string) => (await t.app.inject({ url: `/${slug}/de/` })).body;
    const unwatchedNotice = /Für diese Region ist zurzeit niemand verantwortlich/;

    it('flags the region when the official loses the role, tells the managers, and after the grace period tells the public', async () => {
      const { region, official, manager } = await liveRegionWithOfficial();
      const removed = await manager('DELETE', `/users/${official.userId}`);
      assert.equal(removed.statusCode, 200, removed.body);

      const flagged = await findRegionById(t.ctx.db, region.id);
      assert.ok(flagged?.official_missing_since, 'flagged');
      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, { regionId: region.id, limit: 1 });
      assert.equal(entry?.action, 'region.official-missing');
      const managerEmail = (
        await t.ctx.db
          .selectFrom('region_roles as rr')
          .innerJoin('users as u', 'u.id', 'rr.user_id')
          .select('u.email')
          .where('rr.region_id', '=', region.id)
          .executeTakeFirstOrThrow()
      ).email;
      const mails = await sendQueuedMailTo(t.ctx.db, smtp, managerEmail);
      assert.equal(mails.length, 1);
      assert.match(textOf(mails[0]!), /keine verantwortliche Person mehr/);
      assert.match(textOf(mails[0]!), new RegExp(`/cms/r/${region.slug}/go-live`));
      const notifications = (await manager('GET', '/../../notifications')).json();
      assert.ok(
        notifications.notifications.some(
          (notification: { kind: string; region: string }) =>
            notification.kind === 'region.official-missing' && notification.region === region.slug,
        ),
      );
      assert.doesNotMatch(await publicHome(region.slug), unwatchedNotice, 'not during the grace period');

      const [noticeJob] = await listJobs(t.ctx.db, officialNoticeJobKind);
      const expectedNotice = flagged!.official_missing_since!.getTime() + 14 * DAY_MS;
      assert.equal(
        noticeJob?.run_at.getTime(),
        expectedNotice,
        'the cache is dropped when the notice is due',
      );
      await sql`update regions set official_missing_since = now() - interval '15 days' where id = ${region.id}`.execute(
        t.ctx.db,
      );
      await officialWatchJobHandler(t.ctx)({}, { attempt: 1, isLastAttempt: false });
      assert.match(await publicHome(region.slug), unwatchedNotice);
      const contact = await t.app.inject({ url: `/${region.slug}/de/contact` });
      assert.equal(contact.statusCode, 200);
      assert.match(contact.body, /integration@teststadt\.example/);

      const { userId: successor } = await signInWithRole(t, 'region-manager', region);
      const renamed = await manager('PUT', '/official', {
        userId: successor,
        publicName: 'Integrationsbüro',
        email: 'integration@teststadt.example',
        phone: '',
        officeHours: 'Mo–Do 9–12 Uhr',
        responseDays: 3,
      });
      assert.equal(renamed.statusCode, 200);
      assert.equal((await findRegionById(t.ctx.db, region.id))?.official_missing_since, null);
      assert.doesNotMatch(await publicHome(region.slug), unwatchedNotice);
    });

    it('flags the region in the daily watch when the official’s account is gone, and alerts once', async () => {
      const { region, official } = await liveRegionWithOfficial();
      await t.ctx.db.deleteFrom('users').where('id', '=', official.userId).execute();
      const watch = officialWatchJobHandler(t.ctx);
      await watch({}, { attempt: 1, isLastAttempt: false });
      await watch({}, { attempt: 1, isLastAttempt: false });
      assert.ok((await findRegionById(t.ctx.db, region.id))?.official_missing_since);
      const alerts = await listAuditEntriesOfRegion(t.ctx.db, { regionId: region.id, limit: 10 });
      assert.equal(alerts.filter((entry) => entry.action === 'region.official-missing').length, 1);
    });

    it('keeps a manager when two managers remove each other at the same moment', async () => {
      const region = await createTestRegion(t.ctx);
      const first = await signInWithRole(t, 'region-manager', region);
      const second = await signInWithRole(t, 'region-manager', region);
      const remove = (as: typeof first, whom: number) =>
        t.app.inject({
          method: 'DELETE',
          url: `/api/cms/regions/${region.slug}/users/${whom}`,
          headers: as.headers,
        });
      const answers = await Promise.all([remove(first, second.userId), remove(second, first.userId)]);
      // The other is refused: 409 when it got in while both still managed, 404 when its own role was gone.
      const statuses = answers.map((answer) => answer.statusCode).sort();
      assert.equal(statuses[0], 200);
      assert.ok([404, 409].includes(statuses[1]!), `the other answered ${statuses[1]}`);
      const managers = await t.ctx.db
        .selectFrom('region_roles')
        .select('user_id')
        .where('region_id', '=', region.id)
        .where('role', '=', 'region-manager')
        .execute();
      assert.equal(managers.length, 1);
    });

    it('changes a member’s role, and keeps the last manager', async () => {
      const region = await createTestRegion(t.ctx);
      const manager = await actingAs(t, 'region-manager', region);
      const { userId: editorId } = await signInWithRole(t, 'editor', region);

      const changed = await manager('PATCH', `/users/${editorId}`, {
        role: 'translator',
        translatorLanguages: ['ar'],
      });
      assert.equal(changed.statusCode, 200, changed.body);
      const members = (await manager('GET', '/users')).json().members;
      const member = members.find((m: { id: number }) => m.id === editorId);
      assert.deepEqual([member.role, member.translatorLanguages], ['translator', ['ar']]);

      const noLanguage = await manager('PATCH', `/users/${editorId}`, { role: 'translator' });
      assert.equal(noLanguage.statusCode, 400);
      assert.equal(noLanguage.json().error.details.issues[0].field, 'body.translatorLanguages');

      const unknownLanguage = await manager('PATCH', `/users/${editorId}`, {
        role: 'translator',
        translatorLanguages: ['sw'],
      });
      assert.equal(unknownLanguage.statusCode, 400);

      const managerId = members.find((m: { role: string }) => m.role === 'region-manager').id;
      const last = await manager('DELETE', `/users/${managerId}`);
      assert.equal(last.statusCode, 409);
      assert.match(last.json().error.message, /last manager/);
      assert.equal((await manager('DELETE', '/users/999999')).statusCode, 404);
      const editor = await actingAs(t, 'editor', region);
      assert.equal((await editor('DELETE', `/users/${editorId}`)).statusCode, 403);
      const other = await createTestRegion(t.ctx);
      assert.equal((await manager('DELETE', `/users/${editorId}`, undefined, other.slug)).statusCode, 404);
    });
  });
}
