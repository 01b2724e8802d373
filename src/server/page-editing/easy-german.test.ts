import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../test-support/databases.ts';
import { createPublishedPage, createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';

for (const database of testDatabases()) {
  describe(`Easy German's own review on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const easyText = (status: 'published' | 'review' | 'draft', source: number) => ({
      language: 'de-x-easy',
      title: 'Zum Amt gehen',
      contentHtml: '<p>Sie gehen zum Amt. Sie nehmen Ihren Pass mit.</p>',
      status,
      baseVersionId: null,
      source: { language: 'de', versionId: source },
    });

    it('is never published directly, and is approved by someone other than its author', async () => {
      const region = await createTestRegion(t.ctx, {
        languages: [
          { tag: 'de', source: null },
          { tag: 'de-x-easy', source: 'de' },
        ],
      });
      const { pageId, versions } = await createPublishedPage(t.ctx, {
        regionId: region.id,
        titles: { de: 'Behördengang' },
      });
      const writer = await actingAs(t, 'editor', region);
      const checker = await actingAs(t, 'editor', region);

      const direct = await writer(
        'POST',
        `/pages/${pageId}/versions`,
        easyText('published', versions.de!.id),
      );
      assert.equal(direct.statusCode, 403);
      assert.match(
        direct.json().error.message,
        /Easy German is not published directly: submit it for review/,
      );

      const submitted = await writer(
        'POST',
        `/pages/${pageId}/versions`,
        easyText('review', versions.de!.id),
      );
      assert.equal(submitted.statusCode, 201, submitted.body);
      const versionId = submitted.json().id;
      const own = await writer('POST', `/versions/${versionId}/review`, { decision: 'approve', comment: '' });
      assert.equal(own.statusCode, 403);
      assert.match(own.json().error.message, /someone other than its author approves it/);
      const planned = await writer('POST', `/pages/${pageId}/schedule`, {
        action: 'publish',
        versionId,
        at: new Date(Date.now() + 3_600_000).toISOString(),
      });
      assert.equal(planned.statusCode, 403, 'a planned publication would skip the review');

      const approved = await checker('POST', `/versions/${versionId}/review`, {
        decision: 'approve',
        comment: '',
      });
      assert.equal(approved.statusCode, 200, approved.body);
      const public_ = await t.app.inject({ url: `/api/v1/regions/${region.slug}/de-x-easy/pages` });
      assert.deepEqual(
        public_.json().pages.map((page: { title: string }) => page.title),
        ['Zum Amt gehen'],
      );
    });
  });
}
