import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPage, savePageVersion } from '../pages/service.ts';
import { testDatabases } from '../test-support/databases.ts';
import { createTestRegion } from '../test-support/factories.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { actingAs } from '../test-support/workspace-requests.ts';

for (const database of testDatabases()) {
  describe(`the translation memory in the editor on ${database.name}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(database);
    });
    after(() => t.close());

    const publish = async (
      regionId: number,
      pageId: number,
      text: {
        language: string;
        title: string;
        html: string;
        source?: { language: string; versionId: number };
      },
    ) =>
      savePageVersion(
        t.ctx,
        { regionId, pageId },
        {
          language: text.language,
          title: text.title,
          contentHtml: text.html,
          status: 'published',
          source: text.source ?? null,
        },
      );

    it('fills a page’s source with the paragraphs the region translated before, and says how many', async () => {
      const region = await createTestRegion(t.ctx);
      const translated = await createPage(t.ctx.db, { regionId: region.id, parentId: null });
      const german = await publish(region.id, translated, {
        language: 'de',
        title: 'Anmeldung',
        html: '<p>Bringen Sie Ihren Pass mit.</p><p>Termine gibt es online.</p>',
      });
      await publish(region.id, translated, {
        language: 'en',
        title: 'Registration',
        html: '<p>Bring your passport.</p><p>Appointments are online.</p>',
        source: { language: 'de', versionId: german.id },
      });
      const fresh = await createPage(t.ctx.db, { regionId: region.id, parentId: null });
      const source = await publish(region.id, fresh, {
        language: 'de',
        title: 'Ummeldung',
        html: '<p>Termine gibt es online.</p><p>Die Ummeldung ist <strong>kostenlos</strong>.</p>',
      });

      const translator = await actingAs(t, 'translator', region, ['en']);
      const response = await translator('GET', `/pages/${fresh}/memory?language=en`);
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json(), {
        sourceLanguage: 'de',
        sourceVersionId: source.id,
        title: null,
        contentHtml: '<p>Appointments are online.</p><p>Die Ummeldung ist <strong>kostenlos</strong>.</p>',
        unitCount: 3,
        memoryUnits: 1,
        humanMemoryUnits: 1,
      });
    });

    it('refuses languages the translator does not translate, the source language, and pages without a source', async () => {
      const region = await createTestRegion(t.ctx);
      const pageId = await createPage(t.ctx.db, { regionId: region.id, parentId: null });
      const translator = await actingAs(t, 'translator', region, ['en']);
      assert.equal((await translator('GET', `/pages/${pageId}/memory?language=ar`)).statusCode, 403);
      const editor = await actingAs(t, 'editor', region);
      const noSource = await editor('GET', `/pages/${pageId}/memory?language=en`);
      assert.equal(noSource.statusCode, 409);
      assert.match(noSource.json().error.message, /no published text in "de"/);
      assert.equal((await editor('GET', `/pages/${pageId}/memory?language=de`)).statusCode, 409);
      assert.equal((await editor('GET', `/pages/${pageId}/memory?language=xx`)).statusCode, 400);
    });
  });
}
