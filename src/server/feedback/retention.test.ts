import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LIMITS } from '../../shared/limits.ts';
import { listAuditEntriesOfRegion } from '../audit/repo.ts';
import { jobHandlers, recurringJobs } from '../jobs/handlers.ts';
import { queueRecurringJobs } from '../jobs/recurring.ts';
import { JobRunner } from '../jobs/runner.ts';
import { createMailer } from '../mail/mailer.ts';
import { testDatabases } from '../test-support/databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { backdate, feedbackRequests, setUpInbox } from './inbox-test-setup.ts';
import { eraseExpiredFeedback, feedbackRetentionJobKind } from './retention.ts';

for (const database of testDatabases()) {
  describe(`erasing feedback after the retention period on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    /** Feedback with a comment, an e-mail address, a translation, a note and a reply, left `days` ago. */
    const fullFeedback = async (inbox: Awaited<ReturnType<typeof setUpInbox>>, days: number) => {
      const id = await inbox.leave(
        'ar',
        inbox.onPage('not-helpful', { comment: 'العنوان غير صحيح', contact: 'reader@example.org' }),
      );
      await t.ctx.db
        .updateTable('feedback')
        .set({
          translated_comment: 'Der Titel ist falsch',
          translation_language: 'de',
          translation_provider: 'deepl',
        })
        .where('id', '=', id)
        .execute();
      assert.equal(
        (await inbox.manager('POST', `/${id}/notes`, { text: 'Anruf bei Frau K.' })).statusCode,
        201,
      );
      assert.equal(
        (await inbox.manager('POST', `/${id}/reply`, { text: 'Danke, Frau K.!' })).statusCode,
        201,
      );
      await backdate(t, id, days);
      return id;
    };
    const detail = async (inbox: Awaited<ReturnType<typeof setUpInbox>>, id: number) =>
      (await inbox.manager('GET', `/${id}`)).json();

    it('erases comments, contacts, translations, notes and reply texts of old feedback; keeps ratings and recent feedback', async () => {
      const inbox = await setUpInbox(t);
      const old = await fullFeedback(inbox, 181);
      const recent = await fullFeedback(inbox, 179);
      assert.ok((await eraseExpiredFeedback(t.ctx)) >= 1);

      const erased = await detail(inbox, old);
      assert.deepEqual(
        [erased.comment, erased.contact, erased.hasEmailContact, erased.translation, erased.isErased],
        [null, null, false, null, true],
      );
      assert.deepEqual(
        [erased.rating, erased.pageId, erased.language],
        ['not-helpful', inbox.page.pageId, 'ar'],
      );
      assert.deepEqual(
        erased.notes.map((note: { kind: string; text: string | null }) => [note.kind, note.text]),
        [['reply', null]],
        'that a reply was sent stays, its text goes',
      );
      const kept = await detail(inbox, recent);
      assert.deepEqual(
        [kept.comment, kept.contact, kept.translation?.text, kept.isErased, kept.notes.length],
        ['العنوان غير صحيح', 'reader@example.org', 'Der Titel ist falsch', false, 2],
      );
      const stats = (await inbox.manager('GET', '/statistics')).json();
      assert.deepEqual([stats.pages[0].notHelpful], [2], 'ratings still count');
      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, {
        regionId: inbox.region.id,
        action: 'feedback.erased',
        limit: 1,
      });
      assert.deepEqual(entry?.details, { count: 1, retentionDays: 180 });
      assert.equal(await eraseExpiredFeedback(t.ctx), 0, 'erased once');
    });

    it('erases the words of searches without results too; the statistics cover the retention period', async () => {
      const inbox = await setUpInbox(t);
      const search = (searchQuery: string) => ({ targetType: 'search', searchQuery, rating: 'not-helpful' });
      const oldSearch = await inbox.leave('de', search('Meier 0171 2345'));
      await backdate(t, oldSearch, 181);
      const recentSearch = await inbox.leave('de', search('Kindergeld'));
      await eraseExpiredFeedback(t.ctx);
      const erased = await detail(inbox, oldSearch);
      assert.deepEqual([erased.kind, erased.searchQuery, erased.isErased], ['search', null, true]);
      assert.equal((await detail(inbox, recentSearch)).searchQuery, 'Kindergeld');
      const { searches } = (await inbox.manager('GET', '/statistics')).json();
      assert.deepEqual(
        searches.map((search: { query: string }) => search.query),
        ['Kindergeld'],
      );
    });

    it('follows each region’s own retention period', async () => {
      const shortly = await setUpInbox(t);
      const usual = await setUpInbox(t);
      assert.deepEqual(
        (await usual.manager('GET', '/settings')).json(),
        { retentionDays: LIMITS.feedbackRetentionDefaultDays },
        'a new region keeps feedback for the default period',
      );
      const changed = await shortly.manager('PUT', '/settings', { retentionDays: 30 });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual((await shortly.manager('GET', '/settings')).json(), { retentionDays: 30 });
      assert.equal((await shortly.manager('GET')).json().retentionDays, 30);
      const expired = await fullFeedback(shortly, 31);
      const young = await fullFeedback(shortly, 29);
      const elsewhere = await fullFeedback(usual, 31);

      await eraseExpiredFeedback(t.ctx);
      assert.equal((await detail(shortly, expired)).comment, null);
      assert.equal((await detail(shortly, young)).comment, 'العنوان غير صحيح');
      assert.equal((await detail(usual, elsewhere)).comment, 'العنوان غير صحيح');
      const [entry] = await listAuditEntriesOfRegion(t.ctx.db, {
        regionId: shortly.region.id,
        action: 'feedback.retention-changed',
        limit: 1,
      });
      assert.deepEqual(entry?.details, { from: LIMITS.feedbackRetentionDefaultDays, to: 30 });
    });

    it('is a daily job that runs on its own', async () => {
      const inbox = await setUpInbox(t);
      const old = await fullFeedback(inbox, 200);
      const retentionJob = recurringJobs.find((job) => job.kind === feedbackRetentionJobKind);
      assert.equal(retentionJob?.period, 'daily');
      await queueRecurringJobs(t.ctx.db, [retentionJob!], new Date('2026-12-01T03:00:00Z'));
      await new JobRunner(
        t.ctx.db,
        jobHandlers(t.ctx, createMailer(undefined, 'Lotse <a@b.example>')),
      ).runDue();
      assert.equal((await detail(inbox, old)).isErased, true);
    });

    it('takes a retention period between one day and two years, from managers only', async () => {
      const inbox = await setUpInbox(t);
      for (const retentionDays of [0, 731, 1.5]) {
        const refused = await inbox.manager('PUT', '/settings', { retentionDays });
        assert.equal(refused.statusCode, 400);
        assert.equal(refused.json().error.details.issues[0].field, 'body.retentionDays');
      }
      const editor = await feedbackRequests(t, 'editor', inbox.region);
      assert.equal((await editor('GET', '/settings')).statusCode, 403);
      assert.equal((await editor('PUT', '/settings', { retentionDays: 30 })).statusCode, 403);
    });
  });
}
