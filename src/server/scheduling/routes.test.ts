import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs, publicTitles } from '../test-support/workspace-requests.ts';
import type { Role } from '../users/schema.ts';
import { scheduledChangeHandlers } from './service.ts';

for (const database of testDatabases()) {
  describe(`planned publishing and unpublishing on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const as = (role: Role, region: { id: number; slug: string }) => actingAs(t, role, region);
    const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
    /** Runs the region's due-or-not planned changes now, as the job runner will at their time. */
    const runPlannedChanges = async (regionId: number) => {
      const handlers = scheduledChangeHandlers(t.ctx);
      const jobs = await t.ctx.db
        .selectFrom('jobs')
        .selectAll()
        .where('kind', 'like', 'page.%-at')
        .where('status', '=', 'pending')
        .execute();
      for (const job of jobs.filter((row) => row.payload.regionId === regionId)) {
        await handlers[job.kind]!(job.payload, { attempt: 1, isLastAttempt: false });
        await t.ctx.db.deleteFrom('jobs').where('id', '=', job.id).execute();
      }
    };
    const newPageWithDraft = async (editor: Awaited<ReturnType<typeof as>>, title: string) => {
      const page = (await editor('POST', '/pages', { parentId: null })).json();
      const draft = {
        language: 'de',
        title,
        contentHtml: '<p>Ab Montag.</p>',
        status: 'draft',
        baseVersionId: null,
      };
      const version = (await editor('POST', `/pages/${page.id}/versions`, draft)).json();
      return { pageId: page.id as number, versionId: version.id as number };
    };

    it('publishes a draft at its time, lists it until then, and can withdraw it', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const { pageId, versionId } = await newPageWithDraft(editor, 'Neue Sprechzeiten');
      const at = inAnHour();
      const planned = await editor('POST', `/pages/${pageId}/schedule`, { action: 'publish', versionId, at });
      assert.equal(planned.statusCode, 201, planned.body);
      const listed = (await editor('GET', `/pages/${pageId}/schedule`)).json().scheduled;
      assert.deepEqual(listed, [{ id: planned.json().id, action: 'publish', at, versionId, language: 'de' }]);
      assert.deepEqual(await publicTitles(t, region.slug), []);

      await runPlannedChanges(region.id);
      assert.deepEqual(await publicTitles(t, region.slug), ['Neue Sprechzeiten']);

      const unpublish = (
        await editor('POST', `/pages/${pageId}/schedule`, { action: 'unpublish', at })
      ).json();
      const withdrawn = await editor('DELETE', `/pages/${pageId}/schedule/${unpublish.id}`);
      assert.equal(withdrawn.statusCode, 200);
      assert.equal((await editor('DELETE', `/pages/${pageId}/schedule/${unpublish.id}`)).statusCode, 404);
      assert.deepEqual((await editor('GET', `/pages/${pageId}/schedule`)).json().scheduled, []);
    });

    it('takes a page off the public app at its time', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const { pageId, versionId } = await newPageWithDraft(editor, 'Winterhilfe');
      await editor('POST', `/pages/${pageId}/versions`, {
        language: 'de',
        title: 'Winterhilfe',
        contentHtml: '<p>Bis März.</p>',
        status: 'published',
        baseVersionId: versionId,
      });
      await editor('POST', `/pages/${pageId}/schedule`, { action: 'unpublish', at: inAnHour() });
      assert.deepEqual(await publicTitles(t, region.slug), ['Winterhilfe']);
      await runPlannedChanges(region.id);
      assert.deepEqual(await publicTitles(t, region.slug), []);
    });

    it('does not publish a version that is no longer the newest, and says so in the audit log', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const manager = await as('region-manager', region);
      const { pageId, versionId } = await newPageWithDraft(editor, 'Ferienprogramm');
      await editor('POST', `/pages/${pageId}/schedule`, { action: 'publish', versionId, at: inAnHour() });
      await editor('POST', `/pages/${pageId}/versions`, {
        language: 'de',
        title: 'Ferienprogramm 2027',
        contentHtml: '<p>Neu.</p>',
        status: 'draft',
        baseVersionId: versionId,
      });
      await runPlannedChanges(region.id);
      assert.deepEqual(await publicTitles(t, region.slug), []);
      const entries = (await manager('GET', '/audit?action=page.scheduled')).json().entries;
      assert.equal(entries[0].action, 'page.scheduled-publish-skipped');
      assert.equal(entries[0].details.reason, 'newer-version');
    });

    it('refuses times in the past, versions of other pages, and people who may not publish', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await as('editor', region);
      const author = await as('author', region);
      const first = await newPageWithDraft(editor, 'Eins');
      const second = await newPageWithDraft(editor, 'Zwei');
      const past = await editor('POST', `/pages/${first.pageId}/schedule`, {
        action: 'publish',
        versionId: second.versionId,
        at: '2020-01-01T00:00:00Z',
      });
      assert.equal(past.statusCode, 400);
      assert.deepEqual(
        past.json().error.details.issues.map((issue: { field: string }) => issue.field),
        ['at'],
      );
      const otherPage = await editor('POST', `/pages/${first.pageId}/schedule`, {
        action: 'publish',
        versionId: second.versionId,
        at: inAnHour(),
      });
      assert.equal(otherPage.statusCode, 400);
      assert.match(otherPage.body, /versionId/);
      const byAuthor = await author('POST', `/pages/${first.pageId}/schedule`, {
        action: 'unpublish',
        at: inAnHour(),
      });
      assert.equal(byAuthor.statusCode, 403);
      assert.equal(
        (await editor('POST', `/pages/${first.pageId}/schedule`, { action: 'later' })).statusCode,
        400,
      );
    });
  });
}
