import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { JobRunner } from '../jobs/runner.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import type { LinkTargetServer } from '../test-support/link-target-server.ts';
import type { TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';
import { startLinkCheckTest } from './check-test-setup.ts';

const linkTo = (url: string) => `<a href="${url}">mehr</a>`;

for (const database of testDatabases()) {
  describe(`the link checker in the workspace API on ${database.name}`, () => {
    let t: TestApp;
    let site: LinkTargetServer;
    let runner: JobRunner;
    let close: () => Promise<void>;
    before(async () => {
      ({ t, site, runner, close } = await startLinkCheckTest(database));
    });
    after(() => close());
    const url = (path: string) => `${site.origin}${path}`;

    it('checks in the background on request, shows progress, and lists broken links with their pages', async () => {
      const region = await createTestRegion(t.ctx);
      const { pageId } = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Sprachkurse', en: 'Language courses' },
        html: ['/gone', '/ok', '/moved'].map((path) => linkTo(url(path))).join(' '),
      });
      const editor = await actingAs(t, 'editor', region);
      const started = await editor('POST', '/links/check');
      assert.equal(started.statusCode, 202, started.body);
      assert.equal(started.json().isRunning, true);
      const again = await editor('POST', '/links/check');
      assert.equal(again.json().requestedAt, started.json().requestedAt, 'no second run while one runs');

      await runner.runDue();
      const status = (await editor('GET', '/links/check')).json();
      assert.deepEqual([status.isRunning, status.checked, status.total], [false, 3, 3]);
      assert.ok(status.lastCheckedAt);

      const broken = (await editor('GET', '/links?status=broken')).json();
      assert.deepEqual(broken.links, [
        {
          url: url('/gone'),
          status: 'broken',
          httpStatus: 404,
          problem: 'http-status',
          movedTo: null,
          checkedAt: broken.links[0].checkedAt,
          uses: [
            {
              itemType: 'page',
              itemId: pageId,
              language: 'de',
              versionId: broken.links[0].uses[0].versionId,
              title: 'Sprachkurse',
            },
            {
              itemType: 'page',
              itemId: pageId,
              language: 'en',
              versionId: broken.links[0].uses[1].versionId,
              title: 'Language courses',
            },
          ],
        },
      ]);
      const problems = (await editor('GET', '/links?status=broken,moved')).json();
      assert.deepEqual(
        problems.links.map((link: { status: string; movedTo: string | null }) => [link.status, link.movedTo]),
        [
          ['broken', null],
          ['moved', url('/ok')],
        ],
      );
      const wrong = await editor('GET', '/links?status=kaputt');
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().error.details.issues[0].field, 'query.status');
    });

    it('starts one run when "check now" is clicked twice at once', async () => {
      const region = await createTestRegion(t.ctx);
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Bibliothek' },
        html: linkTo(url('/ok?bibliothek')),
      });
      const editor = await actingAs(t, 'editor', region);
      const clicks = await Promise.all([editor('POST', '/links/check'), editor('POST', '/links/check')]);
      assert.deepEqual(
        clicks.map((click) => click.statusCode),
        [202, 202],
      );
      assert.equal(clicks[0].json().requestedAt, clicks[1].json().requestedAt);
      const runs = await t.ctx.db
        .selectFrom('link_checks')
        .select('id')
        .where('region_id', '=', region.id)
        .execute();
      assert.equal(runs.length, 1);
      await runner.runDue();
    });

    it('lets only those who publish start a check or replace, and only in their regions', async () => {
      const region = await createTestRegion(t.ctx);
      const other = await createTestRegion(t.ctx);
      await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Ämter' },
        html: linkTo(url('/gone')),
      });
      const replace = { from: url('/gone'), to: url('/ok') };
      const author = await actingAs(t, 'author', region);
      assert.equal((await author('GET', '/links')).statusCode, 200);
      assert.equal((await author('POST', '/links/check')).statusCode, 403);
      assert.equal((await author('POST', '/links/replace', replace)).statusCode, 403);
      const translator = await actingAs(t, 'translator', region, ['en']);
      assert.equal((await translator('POST', '/links/replace', replace)).statusCode, 403);
      const editorElsewhere = await actingAs(t, 'editor', other);
      assert.equal((await editorElsewhere('GET', '/links', undefined, region.slug)).statusCode, 404);
      assert.equal((await editorElsewhere('POST', '/links/replace', replace, region.slug)).statusCode, 404);
      assert.equal(
        (await editorElsewhere('POST', '/links/replace', replace)).statusCode,
        404,
        'not used there',
      );
    });

    it('checks the replacement: every problem listed, a web address, another one than before', async () => {
      const region = await createTestRegion(t.ctx);
      const editor = await actingAs(t, 'editor', region);
      const invalid = await editor('POST', '/links/replace', {
        from: '',
        to: 'mailto:amt@teststadt.example',
      });
      assert.equal(invalid.statusCode, 400);
      assert.deepEqual(
        invalid.json().error.details.issues.map((issue: { field: string }) => issue.field),
        ['body.from', 'body.to'],
      );
      const same = await editor('POST', '/links/replace', { from: url('/ok'), to: url('/ok') });
      assert.equal(same.json().error.details.issues[0].field, 'body.to');
    });
  });
}
