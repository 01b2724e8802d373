import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { insertJob, listJobs } from '../jobs/repo.ts';
import { queueRecurringJobs } from '../jobs/recurring.ts';
import { JobRunner } from '../jobs/runner.ts';
import { savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import type { LinkTargetServer } from '../test-support/link-target-server.ts';
import type { TestApp } from '../test-support/test-app.ts';
import { startLinkCheckTest } from './check-test-setup.ts';
import { insertRequestedCheck } from './check-repo.ts';
import { linkCheckJobHandlers, linkCheckRecurringJob, regionCheckJob, regionCheckJobKind } from './jobs.ts';
import { listLinks, listLinkUses } from './repo.ts';

const linkTo = (url: string) => `<a href="${url}">${url}</a>`;

for (const database of testDatabases()) {
  describe(`the link check jobs on ${database.name}`, () => {
    let t: TestApp;
    let site: LinkTargetServer;
    let runner: JobRunner;
    let close: () => Promise<void>;
    before(async () => {
      ({ t, site, runner, close } = await startLinkCheckTest(database, { PUBLIC_URL: 'https://lotse.test' }));
    });
    after(() => close());

    const url = (path: string) => `${site.origin}${path}`;
    const paths = () => site.received.map((request) => request.path);
    const outcomes = async (regionId: number) =>
      Object.fromEntries(
        (await listLinks(t.ctx.db, regionId)).map((link) => [
          link.url.slice(site.origin.length),
          [link.outcome, link.http_status, link.problem, link.moved_to?.slice(site.origin.length) ?? null],
        ]),
      );

    it('checks every external link of published content once a day and records what each answered', async () => {
      const region = await createTestRegion(t.ctx);
      const checked = ['/ok', '/moved', '/moved-gone', '/gone', '/error', '/head-refused', '/hang'];
      const page = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Beratung', en: 'Counselling' },
        html: [
          ...checked.map((path) => linkTo(url(path))),
          linkTo('mailto:beratung@teststadt.example'),
          linkTo('tel:+4912345'),
          linkTo('https://lotse.test/teststadt/de/'),
        ].join(' '),
      });
      await savePageVersion(
        t.ctx,
        { regionId: region.id, pageId: page.pageId },
        { language: 'de', title: 'Beratung', contentHtml: linkTo(url('/draft-only')), status: 'draft' },
      );
      const archived = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Alt' },
        html: linkTo(url('/archived')),
      });
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        parentId: archived.pageId,
        titles: { de: 'Unter Alt' },
        html: linkTo(url('/below-archived')),
      });
      await t.ctx.db
        .updateTable('pages')
        .set({ is_archived: true })
        .where('id', '=', archived.pageId)
        .execute();

      await queueRecurringJobs(t.ctx.db, [linkCheckRecurringJob], new Date('2026-11-25T03:00:00Z'));
      await runner.runDue();
      const [run] = await listJobs(t.ctx.db, regionCheckJobKind);
      assert.ok(run!.run_at.getTime() > Date.now() + 10 * 60_000, 'a starting server is left in peace');
      await sql`update jobs set run_at = now() where kind = ${regionCheckJobKind}`.execute(t.ctx.db);
      await runner.runDue();

      assert.deepEqual(await outcomes(region.id), {
        '/error': ['broken', 500, 'http-status', null],
        '/gone': ['broken', 404, 'http-status', null],
        '/hang': ['broken', null, 'timeout', null],
        '/head-refused': ['ok', 200, null, null],
        '/moved': ['moved', 200, null, '/ok'],
        '/moved-gone': ['broken', 404, 'http-status', '/gone'],
        '/ok': ['ok', 200, null, null],
      });
      const uses = await listLinkUses(t.ctx.db, region.id);
      assert.deepEqual(
        uses.filter((use) => use.url === url('/ok')).map((use) => [use.language_tag, use.title]),
        [
          ['de', 'Beratung'],
          ['en', 'Counselling'],
        ],
      );
      for (const unpublished of ['/draft-only', '/archived', '/below-archived']) {
        assert.ok(!paths().includes(unpublished), `${unpublished} is not checked`);
      }
      assert.ok(site.received.every((request) => request.userAgent.startsWith('Lotse link checker')));
    });

    it('loses nothing in a crash: a run gathers once, and a host’s check goes on with what is left', async () => {
      const region = await createTestRegion(t.ctx);
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Wohnen' },
        html: ['/ok?wohnen=1', '/ok?wohnen=2', '/ok?wohnen=3'].map((path) => linkTo(url(path))).join(' '),
      });
      const checkId = await insertRequestedCheck(t.ctx.db, region.id, null);
      const handlers = linkCheckJobHandlers(t.ctx);
      const gather = handlers[regionCheckJobKind]!;
      const { payload } = regionCheckJob(region.id, checkId);
      await gather(payload, { attempt: 1, isLastAttempt: false });
      // Taken up again after a crash before the job was marked done: nothing is gathered or queued twice.
      await gather(payload, { attempt: 2, isLastAttempt: false });
      const hostJobs = (await listJobs(t.ctx.db, 'link-check.host')).filter((job) =>
        String(job.dedupe_key).includes(`check-${checkId}:`),
      );
      assert.equal(hostJobs.length, 1);

      // The crashed host job had checked the first link already.
      await t.ctx.db
        .updateTable('links')
        .set({ checked_at: new Date(Date.now() + 1000), outcome: 'ok', http_status: 200 })
        .where('region_id', '=', region.id)
        .where('url', '=', url('/ok?wohnen=1'))
        .execute();
      const before = site.received.length;
      await runner.runDue();
      assert.deepEqual(paths().slice(before), ['/ok?wohnen=2', '/ok?wohnen=3']);
      await handlers['link-check.host']!(hostJobs[0]!.payload, { attempt: 2, isLastAttempt: false });
      assert.equal(site.received.length, before + 2, 'a repeated job finds nothing left to check');
    });

    it('waits the configured pause between two requests to the same host', async () => {
      const pauseMs = 250;
      const region = await createTestRegion(t.ctx);
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Arbeit' },
        html: ['/ok?arbeit=1', '/head-refused?arbeit=2', '/ok?arbeit=3']
          .map((path) => linkTo(url(path)))
          .join(' '),
      });
      const politeCtx = {
        ...t.ctx,
        config: { ...t.ctx.config, linkCheck: { ...t.ctx.config.linkCheck, hostPauseMs: pauseMs } },
      };
      const checkId = await insertRequestedCheck(t.ctx.db, region.id, null);
      await insertJob(t.ctx.db, regionCheckJob(region.id, checkId));
      const before = site.received.length;
      await new JobRunner(t.ctx.db, linkCheckJobHandlers(politeCtx)).runDue();
      const times = site.received.slice(before).map((request) => request.at);
      assert.equal(times.length, 4, 'HEAD and GET for the link that refuses HEAD');
      const gaps = times.slice(1).map((at, index) => at - times[index]!);
      assert.ok(
        gaps.every((gap) => gap >= pauseMs),
        `gaps ${gaps.map(Math.round).join(', ')} ms`,
      );
    });
  });
}
